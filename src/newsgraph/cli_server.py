"""The server side of the command line: `newsgraph serve`, `ingest --to URL`, and opening a
database that a running server may hold (the server owns its file while it runs)."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from .cli_output import err, fail, say
from .errors import NewsgraphError, UsageError


def open_write(db: str):
    """The store for writing; if a running server holds the file, say how to send it articles."""
    from .server_claim import held_error
    from .store import Store
    try:
        return Store(db)
    except NewsgraphError as error:
        raise (held_error(db, writing=True) or error) from None


def open_read(db: str):
    """The store for reading; if a running server holds the file, say how to query it instead."""
    from .server_claim import held_error
    from .store import Store
    try:
        return Store(db, read_only=True)
    except NewsgraphError as error:
        raise (held_error(db, writing=False) or error) from None


def ingest_to_server(paths: list[str], url: str, token: str | None, *, published: str | None,
                     lang: str | None, batch_size: int) -> None:
    """`ingest --to URL`: read locally, post batches to the server, report like a local ingest."""
    from .client import send_paths
    try:
        sent = send_paths(paths, url, token=token, published=published, lang=lang, batch_size=batch_size,
                          stdin=sys.stdin, report=lambda message: say("skipped:", "yellow", message))
    except NewsgraphError as error:
        fail(error)
    err.print(sent.summary(url), highlight=False, markup=False)
    if sent.skipped:
        raise typer.Exit(1)


def serve(
    db: str = typer.Option("newsgraph.duckdb", "--db", metavar="FILE", help="DuckDB database file."),
    host: str = typer.Option("127.0.0.1", metavar="HOST", help="Address to listen on (loopback by default; "
                                                               "0.0.0.0 opens the server to the network)."),
    port: int = typer.Option(8000, min=1, max=65535, metavar="PORT", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSGRAPH_TOKEN", metavar="TOKEN",
                                        help="Token that POST /api/articles requires; without one the server "
                                             "is read-only."),
    actors: Optional[list[str]] = typer.Option(None, "--actors", metavar="FILE",
                                               help="Extra actors file (CSV), repeatable."),
    create: bool = typer.Option(False, "--create", help="Start with an empty database if --db does not exist."),
) -> None:
    """Serve the web app and the JSON API over the database, which the server holds while it runs.

    Example: newsgraph serve --db newsgraph.duckdb --port 8000
    """
    from .ingestion import actor_files_for
    try:
        from .api import serve as run_server
    except ImportError as error:
        fail(UsageError(f"the server needs the web extra ({error.name} is missing): pip install 'newsgraph[web]'"))
    try:
        run_server(db, host=host, port=port, token=token, actor_files=actor_files_for(db, actors), create=create,
                   announce=lambda line: err.print(line, highlight=False, markup=False))
    except NewsgraphError as error:
        fail(error)
