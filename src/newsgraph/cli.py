"""The command line: thin commands over the library; user errors become one-line messages.

Every command parses its options, calls one library function and prints. A user error
(NewsgraphError, or a file the system refuses) is shown as "error: E0xx …" with a
non-zero exit, not as a traceback.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from .errors import InputError, NewsgraphError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="newsgraph: French news articles into auditable, structured knowledge.")
actors_app = typer.Typer(add_completion=False, rich_markup_mode=None)
app.add_typer(actors_app, name="actors")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DB_OPTION = typer.Option("newsgraph.duckdb", "--db", help="DuckDB database file.")
FORMAT_HELP = "Output: table, json or csv."


def _fail(error: Exception, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {error}", markup=True, highlight=False)
    raise typer.Exit(code)


def _report(error: InputError) -> None:
    err.print(f"[yellow]skipped:[/yellow] {error}", markup=True, highlight=False)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _actor_files(db: str | None, extra: list[str] | None) -> tuple[str, ...]:
    """User actor files: --actors options, NEWSGRAPH_ACTORS, and those imported next to the database."""
    files = list(extra or [])
    env = os.environ.get("NEWSGRAPH_ACTORS")
    if env:
        files += [p for p in env.split(os.pathsep) if p]
    if db:
        folder = _imports_folder(db)
        if folder.is_dir():
            files += sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in (".csv", ".tsv"))
    for path in files:
        if not os.path.isfile(path):
            raise InputError(path, "actor file not found", "E061")
    return tuple(files)


def _imports_folder(db: str) -> Path:
    path = Path(db)
    return path.with_name(path.name + ".actors")


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r}: use {', '.join(allowed)}")


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    import datetime as dt
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{name} must be YYYY-MM-DD, got {value!r}") from None


# ------------------------------------------------------------------ analyze

@app.command()
def analyze(
    path: str = typer.Argument(..., help="A .txt, .html or .jsonl file, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (relative dates use it)."),
    lang: Optional[str] = typer.Option(None, help="Language of the text (default: detected)."),
    format: Optional[str] = typer.Option(None, "--format", help="json (one article) or jsonl (one per line)."),
    actors: Optional[list[str]] = typer.Option(None, "--actors", help="Extra actors file (CSV), repeatable."),
) -> None:
    """Analyze articles and print one article record each.

    Example: newsgraph analyze corpus/kim-putin-2023.txt --published 2023-09-12
    """
    from .ingest import read_paths
    from .process import process
    try:
        _check_date(published, "--published")
        if format is not None:
            _check_format(format, ("json", "jsonl"))
        extra = _actor_files(None, actors)
        good, skipped = [], 0
        for item in read_paths([path], published=published, lang=lang, stdin=sys.stdin):
            if isinstance(item, InputError):
                _report(item)
                skipped += 1
            else:
                good.append(item)
        records = [a.to_dict() for a in process(good, actor_files=extra)]
    except NewsgraphError as error:
        _fail(error)
    fmt = format or ("json" if len(records) == 1 else "jsonl")
    if fmt == "json" and len(records) == 1:
        out.print(json.dumps(records[0], ensure_ascii=False, indent=1), highlight=False, markup=False)
    else:
        for record in records:
            print(_json(record))
    if skipped:
        raise typer.Exit(1)


# ------------------------------------------------------------------ ingest

@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders and globs (.txt, .html/.htm, .jsonl)."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, help="Publication date for inputs that have none."),
    lang: Optional[str] = typer.Option(None, help="Language of the texts (default: detected)."),
    batch_size: int = typer.Option(32, help="Articles analyzed and stored per batch."),
    actors: Optional[list[str]] = typer.Option(None, "--actors", help="Extra actors file (CSV), repeatable."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
    to: Optional[str] = typer.Option(None, "--to", help="Send the articles to a running `newsgraph serve` at "
                                     "this address (e.g. http://127.0.0.1:8000) instead of --db."),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSGRAPH_TOKEN",
                                        help="The server's token, with --to (or NEWSGRAPH_TOKEN)."),
) -> None:
    """Analyze articles and store them in the DuckDB database (idempotent).

    Example: newsgraph ingest corpus/ --db newsgraph.duckdb
    """
    from .ingest import read_paths
    from .process import batches, process
    if to:
        return _ingest_to_server(paths, to, token, published=published, lang=lang, batch_size=batch_size)
    try:
        _check_date(published, "--published")
        extra = _actor_files(db, actors)
        store = _open_write(db)
    except NewsgraphError as error:
        _fail(error)
    started = time.perf_counter()
    added = seen = skipped = 0
    items = list(read_paths(paths, published=published, lang=lang, stdin=sys.stdin))
    articles = [i for i in items if not isinstance(i, InputError)]
    for item in items:
        if isinstance(item, InputError):
            _report(item)
            skipped += 1
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=err,
                        disable=quiet or not articles)
    try:
        with progress:
            task = progress.add_task("ingest", total=len(articles), rate="")
            for chunk in batches(articles, batch_size):
                known = store.known_ids(a.id for a in chunk)
                fresh = [a for a in chunk if a.id not in known]
                added += store.add_articles(process(fresh, actor_files=extra))
                seen += len(chunk)
                rate = seen / max(1e-9, time.perf_counter() - started)
                progress.update(task, advance=len(chunk), rate=f"{rate:.1f} art/s")
    except NewsgraphError as error:
        store.close()
        _fail(error)
    counts = store.counts()
    store.close()
    elapsed = time.perf_counter() - started
    err.print(f"{seen} article(s) read, {added} added, {seen - added} already stored, {skipped} skipped "
              f"in {elapsed:.1f}s; the store holds {counts['articles']} articles, {counts['quotes']} quotes, "
              f"{counts['actors']} actors, {counts['events']} events ({db})", highlight=False)
    if skipped:
        raise typer.Exit(1)


def _open_write(db: str):
    """The store for writing; if a running server holds the file, say how to send it articles."""
    from .server_claim import held_error
    from .store import Store
    try:
        return Store(db)
    except NewsgraphError as error:
        raise (held_error(db, writing=True) or error) from None


def _ingest_to_server(paths: list[str], url: str, token: str | None, *, published: str | None,
                      lang: str | None, batch_size: int) -> None:
    """`ingest --to URL`: read locally, post batches to the server, report like a local ingest."""
    from .client import send_paths
    try:
        _check_date(published, "--published")
        sent = send_paths(paths, url, token=token, published=published, lang=lang, batch_size=batch_size,
                          stdin=sys.stdin, report=lambda message: err.print(
                              f"[yellow]skipped:[/yellow] {message}", markup=True, highlight=False))
    except NewsgraphError as error:
        _fail(error)
    err.print(sent.summary(url), highlight=False)
    if sent.skipped:
        raise typer.Exit(1)


# ------------------------------------------------------------------ queries

def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str], title: str) -> None:
    _check_format(fmt, ("table", "json", "csv"))
    if fmt == "json":
        print(_json(rows))
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0].keys()) if rows else columns)
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
        return
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=90 if column in ("text", "evidence") else 40)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out.print(table)
    if not rows:
        out.print("(no rows match)")


def _open_read(db: str):
    from .server_claim import held_error
    from .store import Store
    try:
        return Store(db, read_only=True)
    except NewsgraphError as error:
        raise (held_error(db, writing=False) or error) from None


@app.command()
def quotes(
    db: str = DB_OPTION,
    speaker: Optional[str] = typer.Option(None, help="Speaker name (substring) or actor id."),
    actor: Optional[str] = typer.Option(None, help="Speaker actor id, e.g. person:vladimir-poutine."),
    country: Optional[str] = typer.Option(None, help="Speaker's country (ISO3)."),
    type: Optional[str] = typer.Option(None, help="direct, indirect or mixed."),
    since: Optional[str] = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    search: Optional[str] = typer.Option(None, help="Text the quote contains."),
    limit: int = typer.Option(50, min=0, help="Maximum rows."),
    format: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Who said what: stored quotations with speaker, cue and offsets.

    Example: newsgraph quotes --speaker Delizée --format json
    """
    try:
        with _open_read(db) as store:
            rows = store.quotes(speaker=speaker, actor=actor, country=country, type=type,
                                since=_check_date(since, "--since"), until=_check_date(until, "--until"),
                                search=search, limit=limit)
        _print_rows(rows, format, ["published", "speaker", "type", "cue", "text"], "quotes")
    except NewsgraphError as error:
        _fail(error)


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
    db: str = DB_OPTION,
    kind: Optional[str] = typer.Option(None, help="person, country, organization, media, group or other."),
    country: Optional[str] = typer.Option(None, help="Actor's country (ISO3)."),
    search: Optional[str] = typer.Option(None, help="Name or id (substring)."),
    since: Optional[str] = typer.Option(None, help="Mentioned on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Mentioned on or before YYYY-MM-DD."),
    limit: int = typer.Option(50, min=0, help="Maximum rows."),
    format: str = typer.Option("table", "--format", help=FORMAT_HELP),
    history: Optional[str] = typer.Option(None, help="An actor id: its role and country in each article, by date."),
) -> None:
    """Actors across articles: canonical id, kind, country, counts of articles, mentions and quotes.

    `newsgraph actors import FILE.csv` adds your own actors (see docs/actors.md).

    Example: newsgraph actors --kind person --limit 20
    """
    if ctx.invoked_subcommand is not None:
        return
    try:
        if history:
            with _open_read(db) as store:
                rows = store.actor_history(history)
            _print_rows(rows, format, ["published", "article_id", "name", "role", "country"], f"history of {history}")
            return
        with _open_read(db) as store:
            rows = store.actors(kind=kind, country=country, search=search, since=_check_date(since, "--since"),
                                until=_check_date(until, "--until"), limit=limit)
        _print_rows(rows, format, ["id", "name", "kind", "country", "articles", "mentions", "quotes", "roles"],
                    "actors")
    except NewsgraphError as error:
        _fail(error)


@actors_app.command("import")
def actors_import(
    file: str = typer.Argument(..., help="CSV with columns id,name,kind,country,aliases,role,start,end."),
    db: str = DB_OPTION,
) -> None:
    """Add your own actors (people, organisations, media) to the gazetteer used by later ingests.

    Example: newsgraph actors import my-actors.csv --db newsgraph.duckdb
    """
    from .gazetteer import load_gazetteer
    try:
        if not os.path.isfile(file):
            raise InputError(file, "no such file", "E061")
        gaz = load_gazetteer([file])  # validates every row; raises with file:line on a bad one
    except NewsgraphError as error:
        _fail(error)
    folder = _imports_folder(db)
    target = folder / Path(file).name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if Path(file).resolve() != target.resolve():
            shutil.copyfile(file, target)
        with open(file, encoding="utf-8-sig") as handle:
            rows = sum(1 for line in handle if line.strip()) - 1
    except OSError as error:
        _fail(InputError(str(target), f"cannot keep the actor file there: {error.strerror or error}", "E061"))
    out.print(f"imported {rows} actor row(s) from {file} into {target}; "
              f"the gazetteer now knows {len(gaz.people)} people. Later `ingest --db {db}` uses them.",
              highlight=False)


@app.command()
def events(
    db: str = DB_OPTION,
    actor: Optional[str] = typer.Option(None, help="Actor id or name on either side."),
    country: Optional[str] = typer.Option(None, help="Country (ISO3) on either side or as place."),
    type: Optional[str] = typer.Option(None, help="PLOVER type, e.g. CONSULT."),
    since: Optional[str] = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    search: Optional[str] = typer.Option(None, help="Text the evidence contains."),
    limit: int = typer.Option(50, min=0, help="Maximum rows."),
    format: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Who did what to whom: stored PLOVER events with their evidence.

    Example: newsgraph events --country RUS --type CONSULT
    """
    try:
        with _open_read(db) as store:
            rows = store.events(actor=actor, country=country, type=type, since=_check_date(since, "--since"),
                                until=_check_date(until, "--until"), search=search, limit=limit)
        _print_rows(rows, format, ["published", "type", "mode", "actor", "recipient", "where", "when", "evidence"],
                    "events")
    except NewsgraphError as error:
        _fail(error)


@app.command()
def summary(db: str = DB_OPTION, limit: int = typer.Option(10, help="Rows per table.")) -> None:
    """A readable digest of the store: who is quoted, the top actors, the sources.

    Example: newsgraph summary --db newsgraph.duckdb
    """
    try:
        with _open_read(db) as store:
            digest = store.summary(limit=limit)
    except NewsgraphError as error:
        _fail(error)
    counts = digest["counts"]
    out.print(f"[bold]{counts['articles']}[/bold] articles, {counts['quotes']} quotes, {counts['sources']} "
              f"source citations, {counts['actors']} actors, {counts['events']} events, {counts['dates']} dates")
    _print_rows(digest["speakers"], "table", ["speaker", "quotes", "articles"], "who is quoted")
    _print_rows(digest["actors"], "table", ["name", "kind", "country", "articles", "mentions"], "top actors")
    _print_rows(digest["sources"], "table", ["name", "citations", "articles"], "sources cited")


@app.command()
def export(
    directory: str = typer.Argument(..., help="Folder to write one file per table into."),
    db: str = DB_OPTION,
    format: str = typer.Option("parquet", "--format", help="parquet or jsonl."),
) -> None:
    """Write every table of the store to a folder.

    Example: newsgraph export --format parquet out/
    """
    try:
        with _open_read(db) as store:
            files = store.export(directory, format)
    except NewsgraphError as error:
        _fail(error)
    out.print(f"wrote {len(files)} files to {directory}", highlight=False)


# ------------------------------------------------------------------ evaluation

@app.command("eval")
def eval_command(
    gold_dirs: list[str] = typer.Argument(..., help="Gold folders (format of eval/gold/dev); several print side by side."),
    part: Optional[str] = typer.Option(None, help="tuning, check or all (default: folders of 30+ articles "
                                                  "are scored as their tuning and check parts)."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    floors: Optional[str] = typer.Option(None, help="JSON file of floors per gold set; exit 1 if a metric falls below."),
    dates: Optional[str] = typer.Option(None, help="Also score a dates table (e.g. eval/dates_fr.tsv)."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, grouped by category (tuning parts only)."),
) -> None:
    """Score the pipeline against gold files: quotes, speakers, sources, countries, persons, events.

    Example: newsgraph eval eval/gold/dev eval/gold/dev-2016-2018 --floors eval/floors.json
    """
    from .evaluate.run import run_evaluation
    try:
        run = run_evaluation(gold_dirs, part=part, floors_path=floors, dates_table=dates)
    except NewsgraphError as error:
        _fail(error)
    # errors are read on tuning parts only: the check part must stay unseen
    readable = {name: r for name, r in run.reports.items() if not name.endswith("/check")}
    if as_json:
        data = run.to_dict()
        if errors:
            data["errors"] = {name: r.errors for name, r in readable.items()}
        print(_json(data))
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
                            out.print("  " + _json({k: v for k, v in item.items() if k != "kind"}),
                                      highlight=False, markup=False)
    for line in run.failures:
        err.print(f"[red]below floor:[/red] {line}", highlight=False)
    if run.failures:
        raise typer.Exit(1)


# ------------------------------------------------------------------ graph

@app.command()
def graph(
    output: str = typer.Argument(..., help="File to write (suffix gives the format if --format is not set), or - for standard output."),
    db: str = DB_OPTION,
    since: Optional[str] = typer.Option(None, help="From YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="To YYYY-MM-DD."),
    countries: bool = typer.Option(False, "--countries", help="One node per country (persons map to theirs)."),
    people: bool = typer.Option(False, "--people", help="Only persons."),
    format: Optional[str] = typer.Option(None, "--format", help="graphml, gexf, json, svg or png."),
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
        with _open_read(db) as store:
            rows = store.event_rows(since=_check_date(since, "--since"), until=_check_date(until, "--until"))
        level = "countries" if countries else "people" if people else "actors"
        G = build_graph(rows, level=level, include_uncertain=include_uncertain)
        path = write_graph(G, sys.stdout if to_stdout else output, format)
    except NewsgraphError as error:
        _fail(error)
    except OSError as error:
        _fail(UsageError(f"cannot write {output}: {error.strerror or error}"))
    (err if to_stdout else out).print(f"wrote {'standard output' if to_stdout else path}: "
                                      f"{G.number_of_nodes()} actors, {G.number_of_edges()} relations", highlight=False)


@app.command()
def blocs(
    db: str = DB_OPTION,
    window: str = typer.Option("6M", help="Window length: 30D, 3M, 6M, 1Y…"),
    since: Optional[str] = typer.Option(None, help="From YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="To YYYY-MM-DD."),
    picture: Optional[str] = typer.Option(None, help="Also draw the blocs over time to this .png/.svg."),
    format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Blocs of the signed relations graph per time window (cooperation attracts, conflict repels).

    Example: newsgraph blocs --window 6M --picture blocs.png
    """
    from .graph import bloc_changes, blocs as find_blocs, draw_blocs
    try:
        _check_format(format, ("table", "json"))
        with _open_read(db) as store:
            rows = store.event_rows(since=_check_date(since, "--since"), until=_check_date(until, "--until"))
        windows = find_blocs(rows, window=window)
        changes = bloc_changes(windows)
        if picture:
            draw_blocs(windows, picture)
    except NewsgraphError as error:
        _fail(error)
    except OSError as error:
        _fail(UsageError(f"cannot write {picture}: {error.strerror or error}"))
    if format == "json":
        print(_json({"windows": [w.to_dict() for w in windows],
                     "changes": [c.to_dict() for c in changes]}))
        return
    table = Table(title=f"blocs per {window} window")
    for column in ("window", "events", "articles", "blocs", "frustration"):
        table.add_column(column)
    for w in windows:
        text = " | ".join(", ".join(w.names.get(m, m) for m in members) for members in w.blocs if len(members) > 1)
        table.add_row(w.label, str(w.n_events), str(w.n_articles), text or "(no bloc of two or more)",
                      f"{w.frustration_ratio:.2f}")
    out.print(table)
    for c in changes:
        out.print(f"{c.name} moved between {c.before} and {c.after}", highlight=False)
    if picture:
        out.print(f"wrote {picture}")


# ------------------------------------------------------------------ server

@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default; 0.0.0.0 opens "
                                               "the server to the network)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSGRAPH_TOKEN",
                                        help="Token that POST /api/articles requires; without one the server "
                                             "is read-only."),
    actors: Optional[list[str]] = typer.Option(None, "--actors", help="Extra actors file (CSV), repeatable."),
    create: bool = typer.Option(False, "--create", help="Start with an empty database if --db does not exist."),
) -> None:
    """Serve the web app and the JSON API over the database, which the server holds while it runs.

    Example: newsgraph serve --db newsgraph.duckdb --port 8000
    """
    try:
        from .api import serve as run_server
    except ImportError as error:
        _fail(UsageError(f"the server needs the web extra ({error.name} is missing): pip install 'newsgraph[web]'"))
    try:
        run_server(db, host=host, port=port, token=token, actor_files=_actor_files(db, actors), create=create,
                   announce=lambda line: err.print(line, highlight=False, markup=False))
    except NewsgraphError as error:
        _fail(error)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
