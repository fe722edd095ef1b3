"""The command line: thin commands over the library; user errors become one-line messages.

Every command parses its options, calls one library function and prints. A user error
(NewsgraphError, or a file the system refuses) is shown as "error: E0xx …" with a
non-zero exit, not as a traceback. Text from articles is never read as rich markup.
"""
from __future__ import annotations

import json
import sys
import time
from typing import Optional

import typer
from rich.text import Text

from . import __version__, cli_eval, cli_graph, cli_scale
from .cli_output import (DB_OPTION, Command, Group, check_date, check_format, err, fail, out, print_explanations,
                         print_rows, report_error, to_json, warn_article)
from .cli_server import ingest_to_server, open_read, open_write, serve
from .errors import NewsgraphError


app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, cls=Group,
                  help="newsgraph: French and English news articles into auditable, structured knowledge.")
actors_app = typer.Typer(add_completion=False, rich_markup_mode=None, cls=Group)
app.add_typer(actors_app, name="actors")
command = app.command

FORMAT_HELP = "Output: table, json or csv."
ACTORS_OPTION = typer.Option(None, "--actors", metavar="FILE", help="Extra actors file (CSV), repeatable.")
WORKERS_OPTION = typer.Option(1, "--workers", metavar="N", help="Analysis processes (each loads the model).")


def _show_version(value: bool) -> None:
    if value:
        out.print(f"newsgraph {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_show_version,
                                 help="Print the version and exit."),
) -> None:
    """newsgraph: French and English news articles into auditable, structured knowledge."""


# ------------------------------------------------------------------ analyze

@command(cls=Command)
def analyze(
    path: str = typer.Argument(..., metavar="PATH", help="A .txt, .html or .jsonl file, or - for standard input."),
    published: Optional[str] = typer.Option(None, metavar="DATE",
                                            help="Publication date YYYY-MM-DD (relative dates use it)."),
    lang: Optional[str] = typer.Option(None, metavar="LANG", help="Language of the text (default: detected)."),
    format: Optional[str] = typer.Option(None, "--format", metavar="FORMAT",
                                         help="json: the record, or an array when there are several; "
                                              "jsonl: one record per line (the default for several)."),
    actors: Optional[list[str]] = ACTORS_OPTION,
    workers: int = WORKERS_OPTION,
) -> None:
    """Analyze articles and print one article record each.

    Example: newsgraph analyze corpus/wikinews-fr-2012/44999.html --published 2012-08-27
    """
    from .ingestion import actor_files_for, read_articles
    from .workers import check_workers, process_in_workers
    failed = 0

    def skip(error: NewsgraphError) -> None:
        nonlocal failed
        failed += 1
        report_error(error)

    try:
        published = check_date(published, "--published")
        if format is not None:
            check_format(format, ("json", "jsonl"))
        extra = actor_files_for(None, actors)
        articles = read_articles([path], published=published, lang=lang, stdin=sys.stdin, on_error=skip)
        held: list[dict] = []  # records are streamed as JSON Lines once there is more than one
        for article in process_in_workers(articles, check_workers(workers), actor_files=extra, on_error=skip):
            for warning in article.warnings:
                if warning.startswith(("W001", "W004", "W011", "W012")):
                    warn_article(article, warning)
            record = article.to_dict()
            if format == "jsonl" or (format is None and held):
                for earlier in held:
                    print(to_json(earlier))
                held = []
                print(to_json(record), flush=True)
                format = "jsonl"
            else:
                held.append(record)
    except NewsgraphError as error:
        fail(error)
    if format == "json" and len(held) != 1:
        print(to_json(held))
    elif held:
        out.print(json.dumps(held[0], ensure_ascii=False, indent=1), highlight=False, markup=False)
    if failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------ ingest

@command(cls=Command)
def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders and globs (.txt, .html/.htm, "
                                                                ".jsonl), or - for standard input."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, metavar="DATE", help="Publication date for inputs that have none."),
    lang: Optional[str] = typer.Option(None, metavar="LANG", help="Language of the texts (default: detected)."),
    batch_size: int = typer.Option(32, metavar="N", help="Articles analyzed and stored per batch (at least 1)."),
    actors: Optional[list[str]] = ACTORS_OPTION,
    reanalyze: bool = typer.Option(False, "--reanalyze",
                                   help="Analyze again the articles already stored and replace their records."),
    time_budget: float = typer.Option(120.0, "--time-budget", metavar="SECONDS",
                                      help="Seconds one article may take (0: no limit); over it, the article is skipped."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
    to: Optional[str] = typer.Option(None, "--to", metavar="URL", help="Send the articles to a running "
                                     "`newsgraph serve` at this address (e.g. http://127.0.0.1:8000) instead of --db."),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSGRAPH_TOKEN", metavar="TOKEN",
                                        help="The server's token, with --to (or NEWSGRAPH_TOKEN)."),
    workers: int = WORKERS_OPTION,
) -> None:
    """Analyze articles and store them in the DuckDB database (idempotent).

    Example: newsgraph ingest corpus/ --db newsgraph.duckdb
    """
    from .ingestion import actor_files_for, check_batch_size, check_budget, check_language, check_workers, ingest_paths
    if to:
        try:
            published = check_date(published, "--published")
            check_batch_size(batch_size)
        except NewsgraphError as error:
            fail(error)
        return ingest_to_server(paths, to, token, published=published, lang=lang, batch_size=batch_size)
    try:  # options are checked before the database is opened (or created)
        options = dict(published=check_date(published, "--published"), lang=check_language(lang),
                       batch_size=check_batch_size(batch_size), actor_files=actor_files_for(db, actors),
                       reanalyze=reanalyze, time_budget=check_budget(time_budget), stdin=sys.stdin,
                       workers=check_workers(workers))
    except NewsgraphError as error:
        fail(error)
    _run_ingest(db, quiet, lambda store, callbacks: ingest_paths(paths, store, **options, **callbacks))


@command(cls=Command)
def reanalyze(
    db: str = DB_OPTION,
    batch_size: int = typer.Option(32, metavar="N", help="Articles analyzed and stored per batch (at least 1)."),
    actors: Optional[list[str]] = ACTORS_OPTION,
    time_budget: float = typer.Option(120.0, "--time-budget", metavar="SECONDS",
                                      help="Seconds one article may take; over it, the article keeps its old record."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
    workers: int = WORKERS_OPTION,
) -> None:
    """Analyze every stored article again (after `actors import` or an upgrade) and replace its records.

    Example: newsgraph reanalyze --db newsgraph.duckdb
    """
    from .ingestion import actor_files_for, check_batch_size, check_budget, check_workers, reanalyze_store
    from .store import Store
    try:
        options = dict(batch_size=check_batch_size(batch_size), actor_files=actor_files_for(db, actors),
                       time_budget=check_budget(time_budget), workers=check_workers(workers))
        with Store(db, read_only=True):  # a missing database is an error here, not a new empty one
            pass
    except NewsgraphError as error:
        fail(error)
    _run_ingest(db, quiet, lambda store, callbacks: reanalyze_store(store, **options, **callbacks))


def _run_ingest(db: str, quiet: bool, run) -> None:
    """Open the store, run an ingest with a progress line and error lines, print what it did."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    started = time.perf_counter()
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                        TextColumn("{task.fields[articles]}"), TimeElapsedColumn(), console=err, disable=quiet,
                        transient=True)
    task = progress.add_task("ingest", total=None, articles="")

    def on_progress(report) -> None:
        rate = report.read / max(1e-9, time.perf_counter() - started)
        progress.update(task, total=report.files_total or None, completed=report.files_done,
                        articles=f"{report.read} articles, {report.added + report.replaced} stored, "
                                 f"{rate:.1f} art/s")

    try:
        store = open_write(db)
    except NewsgraphError as error:
        fail(error)
    try:
        with progress:
            report = run(store, {"on_error": report_error, "on_warning": warn_article, "on_progress": on_progress})
        counts = store.counts()
    except NewsgraphError as error:
        store.close()
        fail(error)
    store.close()
    elapsed = time.perf_counter() - started
    replaced = f"{report.replaced} re-analysed, " if report.replaced else ""
    warned = f", {report.warned} stored with a warning" if report.warned else ""
    warned += f", {report.duplicates} near-duplicate(s) linked to their original" if report.duplicates else ""
    err.print(f"{report.read} article(s) read, {report.added} added, {replaced}{report.already} already stored, "
              f"{report.skipped} skipped{warned} in {elapsed:.1f}s; the store holds {counts['articles']} articles, "
              f"{counts['quotes']} quotes, {counts['actors']} actors, {counts['events']} events ({db})",
              highlight=False, markup=False)
    if report.failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------ queries

_open_read = open_read


@command(cls=Command)
def quotes(
    db: str = DB_OPTION,
    speaker: Optional[str] = typer.Option(None, metavar="NAME",
                                          help="Speaker name (substring, any case or accents) or actor id."),
    actor: Optional[str] = typer.Option(None, metavar="ID", help="Speaker actor id, e.g. person:vladimir-poutine."),
    country: Optional[str] = typer.Option(None, metavar="ISO3", help="Speaker's country (ISO3)."),
    type: Optional[str] = typer.Option(None, metavar="TYPE", help="direct, indirect or mixed."),
    since: Optional[str] = typer.Option(None, metavar="DATE", help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="Published on or before YYYY-MM-DD."),
    search: Optional[str] = typer.Option(None, metavar="TEXT", help="Text the quote contains."),
    cluster: Optional[str] = typer.Option(None, metavar="ID", help="Quotes of one cluster (see `clusters`)."),
    limit: int = typer.Option(50, metavar="N", help="Maximum rows."),
    format: str = typer.Option("table", "--format", metavar="FORMAT", help=FORMAT_HELP),
) -> None:
    """Who said what: stored quotations with speaker, cue and offsets.

    Example: newsgraph quotes --speaker Delizée --format json
    """
    try:
        check_format(format, ("table", "json", "csv"))
        with _open_read(db) as store:
            rows = store.quotes(speaker=speaker, actor=actor, country=country, type=type,
                                since=check_date(since, "--since"), until=check_date(until, "--until"),
                                search=search, cluster=cluster, limit=limit)
        print_rows(rows, format, ["published", "speaker", "type", "cue", "text"], "quotes")
    except NewsgraphError as error:
        fail(error)


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
    db: str = DB_OPTION,
    kind: Optional[str] = typer.Option(None, metavar="KIND",
                                       help="person, country, organization, media, group or other."),
    country: Optional[str] = typer.Option(None, metavar="ISO3", help="Actor's country (ISO3)."),
    search: Optional[str] = typer.Option(None, metavar="TEXT", help="Name or id (substring)."),
    since: Optional[str] = typer.Option(None, metavar="DATE", help="Mentioned on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="Mentioned on or before YYYY-MM-DD."),
    limit: int = typer.Option(50, metavar="N", help="Maximum rows."),
    format: str = typer.Option("table", "--format", metavar="FORMAT", help=FORMAT_HELP),
    history: Optional[str] = typer.Option(None, metavar="ID",
                                          help="An actor id: its role and country in each article, by date."),
) -> None:
    """Actors across articles: canonical id, kind, country, counts of articles, mentions and quotes.

    `newsgraph actors import FILE.csv` adds your own actors (see docs/actors.md).

    Example: newsgraph actors --kind person --limit 20
    """
    if ctx.invoked_subcommand is not None:
        return
    try:
        check_format(format, ("table", "json", "csv"))
        if history:
            with _open_read(db) as store:
                rows = store.actor_history(history)
            print_rows(rows, format, ["published", "article_id", "name", "role", "country"], f"history of {history}")
            return
        with _open_read(db) as store:
            rows = store.actors(kind=kind, country=country, search=search, since=check_date(since, "--since"),
                                until=check_date(until, "--until"), limit=limit)
        print_rows(rows, format, ["id", "name", "kind", "country", "articles", "mentions", "quotes", "roles"],
                    "actors")
    except NewsgraphError as error:
        fail(error)


@actors_app.command("import", cls=Command)
def actors_import(
    file: str = typer.Argument(..., metavar="FILE", help="CSV with columns id,name,kind,country,aliases,role,start,end."),
    db: str = DB_OPTION,
) -> None:
    """Add your own actors (people, organisations, media) to the gazetteer used by later ingests.

    Run `newsgraph reanalyze` afterwards to apply them to the articles already stored.

    Example: newsgraph actors import my-actors.csv --db newsgraph.duckdb
    """
    import os
    import shutil
    from pathlib import Path
    from .errors import InputError
    from .gazetteer import load_gazetteer
    from .ingestion import imports_folder
    try:
        if not os.path.isfile(file):
            raise InputError(file, "no such file", "E061")
        gaz = load_gazetteer([file])  # validates every row; raises with file:line on a bad one
    except NewsgraphError as error:
        fail(error)
    folder = imports_folder(db)
    target = folder / Path(file).name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if Path(file).resolve() != target.resolve():
            shutil.copyfile(file, target)
        with open(file, encoding="utf-8-sig") as handle:
            rows = sum(1 for line in handle if line.strip()) - 1
    except OSError as error:
        fail(InputError(str(target), f"cannot keep the actor file there: {error.strerror or error}", "E061"))
    out.print(f"imported {rows} actor row(s) from {file} into {target}; "
              f"the gazetteer now knows {len(gaz.people)} people. Later `ingest --db {db}` uses them; "
              f"`reanalyze --db {db}` applies them to the articles already stored.", highlight=False, markup=False)


@command(cls=Command)
def events(
    db: str = DB_OPTION,
    actor: Optional[str] = typer.Option(None, metavar="ID", help="Actor id or name on either side."),
    country: Optional[str] = typer.Option(None, metavar="ISO3",
                                          help="Country (ISO3) on either side, as place, or as a side's country."),
    type: Optional[str] = typer.Option(None, metavar="TYPE", help="PLOVER type, e.g. CONSULT."),
    since: Optional[str] = typer.Option(None, metavar="DATE", help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="Published on or before YYYY-MM-DD."),
    search: Optional[str] = typer.Option(None, metavar="TEXT", help="Text the evidence contains."),
    limit: int = typer.Option(50, metavar="N", help="Maximum rows."),
    format: str = typer.Option("table", "--format", metavar="FORMAT", help=FORMAT_HELP),
    explain: bool = typer.Option(False, "--explain", help="For each event: the sentence, the predicate and its "
                                 "frame (or the quote), and how each side was resolved (re-analyzes the article)."),
) -> None:
    """Who did what to whom: stored PLOVER events with their evidence.

    Example: newsgraph events --country RUS --type CONSULT
    Example: newsgraph events --search "rencontré" --limit 3 --explain
    """
    try:
        check_format(format, ("table", "json", "csv"))
        with _open_read(db) as store:
            rows = store.events(actor=actor, country=country, type=type, since=check_date(since, "--since"),
                                until=check_date(until, "--until"), search=search, limit=limit)
            if explain:
                from .explain import explain_stored
                return print_explanations(explain_stored(rows, store))
        print_rows(rows, format, ["published", "type", "mode", "actor", "recipient", "where", "when", "evidence"],
                    "events")
    except NewsgraphError as error:
        fail(error)


@command(cls=Command)
def summary(
    db: str = DB_OPTION,
    limit: int = typer.Option(10, metavar="N", help="Rows per table."),
    format: str = typer.Option("table", "--format", metavar="FORMAT", help="Output: table or json."),
) -> None:
    """A readable digest of the store: who is quoted, the top actors, the sources.

    Example: newsgraph summary --db newsgraph.duckdb
    """
    try:
        check_format(format, ("table", "json"))
        with _open_read(db) as store:
            digest = store.summary(limit=limit)
    except NewsgraphError as error:
        fail(error)
    if format == "json":
        print(to_json(digest))
        return
    counts = digest["counts"]
    out.print(Text.assemble((str(counts["articles"]), "bold"),
                            f" articles, {counts['quotes']} quotes, {counts['sources']} source citations, "
                            f"{counts['actors']} actors, {counts['events']} events, {counts['dates']} dates"))
    print_rows(digest["speakers"], "table", ["speaker", "quotes", "articles"], "who is quoted")
    print_rows(digest["actors"], "table", ["name", "kind", "country", "articles", "mentions"], "top actors")
    print_rows(digest["sources"], "table", ["name", "citations", "articles"], "sources cited")


@command(cls=Command)
def export(
    directory: str = typer.Argument(..., metavar="FOLDER", help="Folder to write one file per table into."),
    db: str = DB_OPTION,
    format: str = typer.Option("parquet", "--format", metavar="FORMAT", help="parquet or jsonl."),
    force: bool = typer.Option(False, "--force", help="Write into a folder that already holds files."),
) -> None:
    """Write every table of the store to a folder (a new or empty one, unless --force).

    Example: newsgraph export --format parquet out/
    """
    try:
        with _open_read(db) as store:
            files = store.export(directory, format, overwrite=force)
    except NewsgraphError as error:
        fail(error)
    out.print(f"wrote {len(files)} files to {directory}", highlight=False, markup=False)


command("eval", cls=Command)(cli_eval.eval_command)
command("graph", cls=Command)(cli_graph.graph)
command("blocs", cls=Command)(cli_graph.blocs)
command("serve", cls=Command)(serve)
for _name, _command in (("clusters", cli_scale.clusters), ("duplicates", cli_scale.duplicates),
                        ("ingest-parquet", cli_scale.ingest_parquet), ("spark", cli_scale.spark)):
    command(_name, cls=Command)(_command)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
