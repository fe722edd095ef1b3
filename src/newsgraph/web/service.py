"""What the JSON API and the pages share: paging, the server's state (the store, a pool of
cursors, the token, a cache), and the answers both render (an actor's profile, the relations graph
and the blocs of a window). The server (newsgraph.api) builds on this module; nothing here imports
the server."""
from __future__ import annotations

import queue
import threading
from datetime import date
from typing import Any

from fastapi import Query, Request

from ..errors import UsageError
from ..store import Store, WebQueries, fold, search_terms

MAX_LIMIT = 200          # rows per page
MAX_OFFSET = 100_000     # deeper pages: narrow the filters instead
MAX_BODY = 16 * 1024 * 1024  # bytes of one request body
MAX_WINDOWS = 400        # bloc windows in one answer
MAX_NODES = 300          # graph nodes in one answer
class Paging:
    def __init__(self, limit: int = Query(50, ge=1, le=MAX_LIMIT),
                 offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        self.limit, self.offset = limit, offset

    def page(self, found: tuple[list[dict[str, Any]], int], **extra) -> dict[str, Any]:
        rows, total = found
        following = self.offset + self.limit
        return {"items": rows, "total": total, "limit": self.limit, "offset": self.offset,
                "next_offset": following if following < total else None, **extra}


class ServerState:
    """What the app holds: the store, a pool of cursors, the token, the write lock."""

    def __init__(self, db: str, token: str | None, actor_files: tuple[str, ...]):
        self.db, self.token, self.actor_files = db, token, tuple(actor_files)
        self.store = Store(db)
        self.main = WebQueries(self.store)
        self.idle: queue.SimpleQueue[WebQueries] = queue.SimpleQueue()
        self.pool_lock = threading.Lock()   # cursors are made from the main connection, one at a time
        self.write_lock = threading.Lock()  # one analysis at a time: the spaCy pipeline is shared
        self.version = 0                    # bumped by each write; keys the graph cache
        self.cache: dict[tuple, Any] = {}

    def acquire(self) -> WebQueries:
        """A cursor of its own for one request (FastAPI may run a request's dependencies and its
        body on different threads, so cursors go with requests, not threads)."""
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            with self.pool_lock:
                return self.main.worker()

    def release(self, worker: WebQueries) -> None:
        self.idle.put(worker)

    def cached(self, key: tuple, compute):
        """compute(), kept until the next write (graphs, blocs, the counts in every page's header)."""
        key = (self.version, *key)
        if key not in self.cache:
            if len(self.cache) > 64:
                self.cache.clear()
            self.cache[key] = compute()
        return self.cache[key]


def queries(request: Request):
    """The request's own cursor (a dependency), back to the pool when the request is done."""
    state = request.app.state.newsgraph
    worker = state.acquire()
    try:
        yield worker
    finally:
        state.release(worker)


def snippet(text: str, query: str | None, width: int = 220) -> str:
    """About `width` characters of text around the first search term found (folded), else its start."""
    start = 0
    folded = fold(text)
    for term in search_terms(query):
        at = folded.find(term)
        if at >= 0 and len(folded) == len(text):  # folding kept the offsets: cut around the hit
            start = max(0, at - width // 3)
            break
    piece = " ".join(text[start:start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def actor_profile(db: WebQueries, actor_id: str, quotes: Paging, events: Paging) -> dict[str, Any] | None:
    profile = db.actor_profile(actor_id)
    if profile is None:
        return None
    profile["quotes"] = quotes.page(db.search_quotes({"actor": actor_id}, quotes.limit, quotes.offset))
    profile["events"] = events.page(db.list_events({"actor": actor_id}, events.limit, events.offset))
    return profile


def relations_graph(state: ServerState, db: WebQueries, level: str, since: str | None, until: str | None,
                    include_uncertain: bool, max_nodes: int) -> dict[str, Any]:
    from ..graph import build_graph

    def compute():
        G = build_graph(db.store.event_rows(since=since, until=until), level=level,
                        include_uncertain=include_uncertain)
        kept = sorted(G, key=lambda n: (-G.nodes[n].get("articles", 0), str(G.nodes[n].get("name")), n))
        H = G.subgraph(kept[:max_nodes])
        return {
            "level": level, "since": since, "until": until, "events": G.graph.get("n_events", 0),
            "articles": G.graph.get("n_articles", 0), "truncated": len(kept) > max_nodes,
            "nodes": [{"id": n, "name": d.get("name"), "kind": d.get("kind"), "country": d.get("country"),
                       "articles": d.get("articles", 0)} for n, d in sorted(H.nodes(data=True))],
            "edges": [{"source": u, "target": v, "score": d["score"], "sign": d["sign"],
                       "articles": d["articles"], "counts": d["counts"]}
                      for u, v, d in sorted(H.edges(data=True), key=lambda e: (e[0], e[1]))],
        }
    return state.cached(("graph", level, since, until, include_uncertain, max_nodes), compute)


def bloc_history(state: ServerState, db: WebQueries, window: str, level: str, since: str | None,
                 until: str | None) -> dict[str, Any]:
    from ..graph import bloc_changes, blocs

    def compute():
        rows = db.store.event_rows(since=since, until=until)
        _check_window_count(window, rows, since, until)
        windows = blocs(rows, window=window, level=level, since=since, until=until)
        return {"window": window.strip().upper(), "level": level, "windows": [w.to_dict() for w in windows],
                "changes": [c.to_dict() for c in bloc_changes(windows)]}
    return state.cached(("blocs", window.strip().upper(), level, since, until), compute)


def _check_window_count(window: str, rows: list[dict[str, Any]], since: str | None, until: str | None) -> None:
    """Refuse a window so short that the answer would hold hundreds of windows (1D over ten years)."""
    days = [str(r["published"])[:10] for r in rows if r.get("published")]
    if not days:
        return
    first, last = date.fromisoformat(since or min(days)), date.fromisoformat(until or max(days))
    spec = window.strip().upper()
    unit_days = {"D": 1, "W": 7, "M": 30.44, "Y": 365.25}[spec[-1]]
    length = int(spec[:-1]) * unit_days
    if length <= 0:
        raise UsageError("the window must be at least one day long, e.g. 30D, 3M, 1Y")
    if (last - first).days / length > MAX_WINDOWS:
        raise UsageError(f"{window} windows from {first} to {last} make over {MAX_WINDOWS} windows: "
                             f"choose a longer window or a shorter period")
