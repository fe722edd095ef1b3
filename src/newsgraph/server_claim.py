"""A running server's claim on its database file, so other commands can say where to go instead.

DuckDB lets one process write a database file. While `newsgraph serve` holds it, the server
leaves `PATH.server` ({"url", "pid"}) beside it; `newsgraph ingest` reads it to point the user at
`ingest --to URL`. A claim whose process has died is ignored.
"""
from __future__ import annotations

import json
import os
from typing import Any

from .errors import UsageError


def _claim_path(path: str) -> str:
    return path + ".server"


def claim(path: str, url: str) -> None:
    """Note next to the database that a server at URL holds it."""
    with open(_claim_path(path), "w", encoding="utf-8") as handle:
        json.dump({"url": url, "pid": os.getpid()}, handle)


def release(path: str) -> None:
    try:
        os.remove(_claim_path(path))
    except OSError:
        pass


def held_by_server(path: str) -> dict[str, Any] | None:
    """{'url', 'pid'} of the running server that holds the database at PATH, if one does."""
    try:
        with open(_claim_path(path), encoding="utf-8") as handle:
            found = json.load(handle)
        os.kill(int(found["pid"]), 0)  # signal 0: only asks whether the process exists
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found


def held_error(path: str, *, writing: bool, serving: bool = False) -> UsageError | None:
    """The error to show when PATH cannot be opened because a running server holds it, else None."""
    server = held_by_server(path)
    if server is None:
        return None
    url = server["url"]
    if serving:
        return UsageError(f"{path} is already served at {url} (pid {server['pid']})")
    if writing:
        return UsageError(f"{path} is held by the newsgraph server at {url} (pid {server['pid']}); send the "
                          f"articles to it instead: newsgraph ingest PATHS --to {url} (with --token or "
                          f"NEWSGRAPH_TOKEN)")
    return UsageError(f"{path} is held by the newsgraph server at {url}: browse it there, query its API "
                      f"({url}/api/docs), or stop the server first")
