"""How the command line prints: plain usage lines, one-line messages, JSON, CSV and tables.

Article text is never read as rich markup ("[sic]" shows, "[/bien]" cannot crash a table), ids
are never folded mid-word, and a CSV of no rows has the same header as one with rows.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperCommand, TyperGroup

from .errors import NewsgraphError, UsageError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

# the --db option every command over the store shares
DB_OPTION = typer.Option("newsgraph.duckdb", "--db", metavar="FILE", help="DuckDB database file.")


def check_date(value: str | None, name: str) -> str | None:
    """A --since/--until/--published value as an ISO day, or a usage error naming the option."""
    from .days import iso_day
    try:
        return iso_day(value)
    except ValueError as error:
        raise UsageError(f"{name} {error}") from None


class Command(TyperCommand):
    """Usage lines as users read them (`analyze [OPTIONS] PATH`), not typer's `{path}`/`<str>`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if param.param_type_name == "argument":  # the metavar is the name: no "<list[str]>" after it
                param.display_type_rich = lambda ctx: None

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = (param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces


class Group(TyperGroup):
    def collect_usage_pieces(self, ctx) -> list[str]:
        return [self.options_metavar or "[OPTIONS]", "COMMAND [ARGS]..."]


def say(label: str, style: str, message: Any, console: Console | None = None) -> None:
    """One line "label: message"; the message is plain text (it may quote an article: "[sic]")."""
    (console or err).print(Text(f"{label}: ", style=style) + Text(str(message)), highlight=False, soft_wrap=True)


def fail(error: Exception, code: int = 2) -> None:
    say("error", "red", error)
    raise typer.Exit(code)


def report_error(error: NewsgraphError) -> None:
    say("skipped", "yellow", error)


def warn_article(article, warning: str) -> None:
    where = " ".join(part for part in (article.origin, article.id) if part)
    say("warning", "yellow", f"{warning[:4]} {where}: {warning[5:]}")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}: use {', '.join(allowed)}")


# columns of ids: kept whole (an id folded mid-word cannot be copied back); text columns wrap
ID_COLUMNS = {"id", "article_id", "speaker_actor", "actor_id", "recipient_id"}


def print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str], title: str) -> None:
    check_format(fmt, ("table", "json", "csv"))
    if fmt == "json":
        print(to_json(rows))
        return
    if fmt == "csv":
        # the store's column names, with or without rows: a CSV of no rows has the same header
        fields = getattr(rows, "columns", None) or (list(rows[0].keys()) if rows else columns)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
        return
    widths = {c: min_width(c, rows) for c in columns}
    hidden = []
    # a narrow terminal drops the last columns rather than folding every cell into slivers
    while len(columns) > 2 and sum(widths[c] + 3 for c in columns) + 1 > out.width:
        hidden.insert(0, columns[-1])
        columns = columns[:-1]
    table = Table(title=Text(title), show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, no_wrap=column in ID_COLUMNS, min_width=widths[column], overflow="fold",
                         max_width=None if column in ID_COLUMNS else 90 if column in ("text", "evidence") else 40)
    for row in rows:
        table.add_row(*(Text("" if row.get(c) is None else str(row.get(c))) for c in columns))
    out.print(table)
    if not rows:
        out.print("(no rows match)")
    if hidden:
        out.print(Text(f"({', '.join(hidden)} left out at this width: widen the terminal or use --format json)"))


def min_width(column: str, rows: list[dict[str, Any]]) -> int:
    """Ids are never cut; other columns get room for their header and a word or two."""
    longest = max((len(str(row.get(column) or "")) for row in rows), default=0)
    if column in ID_COLUMNS:
        return max(longest, len(column))
    return min(max(longest, len(column)), max(len(column), 12))


def print_explanations(paired) -> None:
    """`newsgraph events --explain`: each stored event with its sentence, predicate, frame and how
    each side was resolved (newsgraph.explain)."""
    for row, why in paired:
        out.print(f"[bold]{row['type']}[/bold]{' ' + row['mode'] if row.get('mode') else ''}  "
                  f"{row['actor']} → {row['recipient']}  ({row['article_id']}, {row['published']})", highlight=False)
        if why is None:
            out.print("  not found again: the rules changed since this event was stored; re-ingest the article",
                      highlight=False)
            continue
        lines = [("sentence", why.sentence), ("typed by", why.typed_by)]
        if why.frame:
            lines.append(("frame", why.frame))
        lines += [("actor", f"{why.actor} ← {why.actor_how}"),
                  ("recipient", f"{why.recipient} ← {why.recipient_how}")]
        lines += [(name, value) for name, value in (("where", why.place), ("when", why.when),
                                                    ("reported by", why.reported_by)) if value]
        if why.flags:
            lines.append(("flags", ", ".join(why.flags)))
        lines.append(("confidence", f"{why.confidence:.2f}"))
        for name, value in lines:
            out.print(f"  {name:<11} {value}", highlight=False, markup=False)
