"""The command line over the relations graph between actors: the graph file (`graph`) and the blocs
per time window (`blocs`). Registered by cli.py."""
from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.table import Table
from rich.text import Text

from .cli_output import DB_OPTION, check_date, check_format, err, fail, out, to_json
from .cli_server import open_read
from .errors import NewsgraphError, UsageError



def graph(
    output: str = typer.Argument(..., metavar="FILE", help="File to write (suffix gives the format if --format is "
                                                           "not set), or - for standard output."),
    db: str = DB_OPTION,
    since: Optional[str] = typer.Option(None, metavar="DATE", help="From YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="To YYYY-MM-DD."),
    countries: bool = typer.Option(False, "--countries", help="One node per country (persons map to theirs)."),
    people: bool = typer.Option(False, "--people", help="Only persons."),
    format: Optional[str] = typer.Option(None, "--format", metavar="FORMAT", help="graphml, gexf, json, svg or png."),
    include_uncertain: bool = typer.Option(False, help="Count hypothetical and planned events too."),
) -> None:
    """The relations graph between actors, with counts per PLOVER type and a cooperation-conflict score.

    Example: newsgraph graph relations.png --countries
    """
    from .graph import build_graph, write_graph
    to_stdout = output == "-"
    try:
        if countries and people:
            raise UsageError("choose --countries or --people, not both")
        if to_stdout and not format:
            raise UsageError("say which format to write to standard output: --format graphml, gexf, json, svg or png")
        with open_read(db) as store:
            rows = store.event_rows(since=check_date(since, "--since"), until=check_date(until, "--until"))
        level = "countries" if countries else "people" if people else "actors"
        G = build_graph(rows, level=level, include_uncertain=include_uncertain)
        path = write_graph(G, sys.stdout if to_stdout else output, format)
    except NewsgraphError as error:
        fail(error)
    except OSError as error:
        fail(UsageError(f"cannot write {output}: {error.strerror or error}"))
    (err if to_stdout else out).print(f"wrote {'standard output' if to_stdout else path}: "
                                      f"{G.number_of_nodes()} actors, {G.number_of_edges()} relations", highlight=False)


def blocs(
    db: str = DB_OPTION,
    window: str = typer.Option("6M", metavar="LENGTH", help="Window length: 30D, 3M, 6M, 1Y…"),
    since: Optional[str] = typer.Option(None, metavar="DATE", help="From YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="To YYYY-MM-DD."),
    picture: Optional[str] = typer.Option(None, metavar="FILE", help="Also draw the blocs over time to this .png/.svg."),
    format: str = typer.Option("table", "--format", metavar="FORMAT", help="table or json."),
) -> None:
    """Blocs of the signed relations graph per time window (cooperation attracts, conflict repels).

    Example: newsgraph blocs --window 6M --picture blocs.png
    """
    from .graph import bloc_changes, blocs as find_blocs, draw_blocs
    try:
        check_format(format, ("table", "json"))
        with open_read(db) as store:
            rows = store.event_rows(since=check_date(since, "--since"), until=check_date(until, "--until"))
        windows = find_blocs(rows, window=window)
        changes = bloc_changes(windows)
        if picture:
            draw_blocs(windows, picture)
    except NewsgraphError as error:
        fail(error)
    except OSError as error:
        fail(UsageError(f"cannot write {picture}: {error.strerror or error}"))
    if format == "json":
        print(to_json({"windows": [w.to_dict() for w in windows],
                     "changes": [c.to_dict() for c in changes]}))
        return
    table = Table(title=Text(f"blocs per {window} window"))
    for column in ("window", "events", "articles", "blocs", "frustration"):
        table.add_column(column)
    for w in windows:
        text = " | ".join(", ".join(w.names.get(m, m) for m in members) for members in w.blocs if len(members) > 1)
        table.add_row(w.label, str(w.n_events), str(w.n_articles), Text(text or "(no bloc of two or more)"),
                      f"{w.frustration_ratio:.2f}")
    out.print(table)
    for c in changes:
        out.print(f"{c.name} moved between {c.before} and {c.after}", highlight=False, markup=False)
    if picture:
        out.print(f"wrote {picture}", markup=False)
