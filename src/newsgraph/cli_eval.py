"""The command line's scoring against gold files (`eval`): the metrics table or JSON, floors, the
misses of tuning parts. Registered by cli.py."""
from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from .cli_output import fail, out, say, to_json
from .errors import NewsgraphError


def eval_command(
    gold_dirs: list[str] = typer.Argument(..., metavar="GOLD",
                                          help="Gold folders (format of eval/gold/dev); several print side by side."),
    part: Optional[str] = typer.Option(None, metavar="PART",
                                       help="tuning, check or all (default: folders of 30+ articles "
                                            "are scored as their tuning and check parts)."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    floors: Optional[str] = typer.Option(None, metavar="FILE",
                                         help="JSON file of floors per gold set; exit 1 if a metric falls below."),
    dates: Optional[list[str]] = typer.Option(None, metavar="FILE",
                                              help="Also score a dates table (e.g. eval/dates_fr.tsv); repeat for "
                                                   "several languages (default: the tables beside the floors file "
                                                   "whose sets the floors name)."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, grouped by category (tuning parts only)."),
    warts: bool = typer.Option(False, "--warts", help="Also score each set on its text damaged as scrapers do."),
    wart_kinds: Optional[str] = typer.Option(None, "--wart-kinds", metavar="KINDS",
                                             help="With --warts: the kinds of damage, comma-separated, or 'all' "
                                                  "(default: straight,glued,lost_space,stray; the others are "
                                                  "entity,hyphen_break,wrapped,line_break,run_in,double_space,"
                                                  "nbsp,tight_guillemet)."),
) -> None:
    """Score the pipeline against gold files: quotes, speakers, sources, countries, persons, events.

    Example: newsgraph eval eval/gold/dev eval/gold/dev-2016-2018 --floors eval/floors.json
    """
    from .evaluate.floors import dates_tables_beside
    from .evaluate.gold import is_check
    from .evaluate.run import run_evaluation
    try:
        kinds = _wart_kinds(wart_kinds)
    except ValueError as error:
        fail(error)
    try:
        dates = dates or dates_tables_beside(floors)
        run = run_evaluation(gold_dirs, part=part, floors_path=floors, dates_table=dates, warts=warts,
                             wart_kinds=kinds)
    except NewsgraphError as error:
        fail(error)
    # errors are read on tuning parts only: the check part must stay unseen
    readable = {name: r for name, r in run.reports.items() if not is_check(name)}
    if as_json:
        data = run.to_dict()
        if errors:
            data["errors"] = {name: r.errors for name, r in readable.items()}
        print(to_json(data))
    else:
        names = list(run.reports)
        table = Table(title="newsgraph eval: " + ", ".join(f"{n} ({run.reports[n].articles} articles)" for n in names))
        table.add_column("metric", no_wrap=True)
        for name in names:
            table.add_column(name, justify="right", no_wrap=True, min_width=max(len(name), 14))
        for metric in run.rows(names):
            cells = []
            for name in names:
                value = run.metrics[name].get(metric)
                floor = run.floors.get(name, {}).get(metric)
                if value is None:
                    cells.append("")
                    continue
                text = f"{value:.3f}" + (f" ({floor:.2f})" if floor is not None else "")
                cells.append(f"[red]{text}[/red]" if floor is not None and value < floor else text)
            table.add_row(metric, *cells)
        out.print(table, width=30 + sum(max(len(n), 14) + 3 for n in names))
        for name, values in run.metrics.items():
            if name not in run.reports:
                floor = run.floors.get(name, {})
                out.print(f"{name}: " + ", ".join(
                    f"{k} {v:.3f}" + (f" ({floor[k]:.2f})" if k in floor else "") for k, v in values.items()),
                    highlight=False)
        if floors:
            out.print("(in brackets: the floor)", highlight=False)
        if errors:
            for name, report in readable.items():
                counts = report.error_counts()
                out.print(f"\n[bold]{name}[/bold]: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
                for kind, _ in counts.most_common():
                    out.print(f"[bold]{kind}[/bold]")
                    for item in report.errors:
                        if item["kind"] == kind:
                            out.print("  " + to_json({k: v for k, v in item.items() if k != "kind"}),
                                      highlight=False, markup=False)
    for line in run.failures:
        say("below floor", "red", line)
    if run.failures:
        raise typer.Exit(1)


def _wart_kinds(value: str | None) -> tuple[str, ...] | None:
    """The kinds --wart-kinds names ('all': every kind of evaluate/warts.py), checked."""
    if not value:
        return None
    from .evaluate.warts import ALL_KINDS
    kinds = ALL_KINDS if value.strip() == "all" else tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        raise ValueError(f"unknown wart kind(s) {', '.join(unknown)}: choose among {', '.join(ALL_KINDS)} or 'all'")
    return kinds
