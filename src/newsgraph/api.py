"""The newsgraph server: a JSON API over the store, and the web pages, in one FastAPI app.

`create_app(db)` opens the DuckDB file read-write and keeps it for the life of the process
(DuckDB allows one writing process per file); `serve()` runs the app under uvicorn and leaves a
claim beside the file, so `newsgraph ingest` can say where to send articles instead.
Reads need nothing; `POST /api/articles` needs the server's token. All SQL lives in the store
(`WebQueries`); the API validates and bounds every parameter and never shows a traceback.
"""
from __future__ import annotations

import hmac
import json
import logging
import os
from datetime import date
from typing import Annotated, Any, Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from .errors import NewsgraphError, UsageError
from .model import EVENT_TYPES, QUAD_CLASSES
from .store import WebQueries
from .web import schemas as S
from .web.service import (MAX_BODY, MAX_NODES, Paging, ServerState, actor_profile, bloc_history, queries,
                          relations_graph, snippet)

log = logging.getLogger("newsgraph.server")

KINDS = ("person", "country", "organization", "media", "group", "other")

# Parameter types, reused by the routes (FastAPI copies an Annotated declaration for each use).
ID = Annotated[str, Path(max_length=300)]
Text = Annotated[Optional[str], Query(max_length=200)]
Since = Annotated[Optional[date], Query(description="On or after this day (YYYY-MM-DD).")]
Until = Annotated[Optional[date], Query(description="On or before this day (YYYY-MM-DD).")]
Country = Annotated[Optional[str], Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code.")]
Month = Annotated[Optional[str], Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")]
Window = Annotated[str, Query(pattern=r"^\s*\d{1,3}\s*[DWMYdwmy]\s*$", description="30D, 2W, 3M, 6M, 1Y…")]
Level = Literal["actors", "countries", "people"]


bearer = HTTPBearer(auto_error=False, description="The token the server was started with.")


def require_token(request: Request, credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
    token = request.app.state.newsgraph.token
    if not token:
        raise HTTPException(403, "writes are disabled: start the server with --token or NEWSGRAPH_TOKEN")
    if credentials is None or not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def create_app(db: str, *, token: str | None = None, actor_files: tuple[str, ...] = ()) -> FastAPI:
    """The FastAPI app over the database at DB, opened read-write and held until
    `app.state.newsgraph.store.close()` (which `serve` calls when uvicorn stops)."""
    from .web import pages

    state = ServerState(db, token, actor_files)
    app = FastAPI(
        title="newsgraph", version="1", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        description="Who said what, and who relates to whom, in news articles. Every fact carries the "
                    "character offsets of its evidence in the article text. Reads are open; writes need "
                    "the server's token. Pages: /, /articles/{id}, /actors/{id}, /relations.",
        responses={422: {"model": S.Error}, 400: {"model": S.Error}})
    app.state.newsgraph = state
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    _install_error_handlers(app)
    app.include_router(_api_routes())
    pages.install(app)
    return app


# ------------------------------------------------------------------ the JSON API

def _api_routes():
    from fastapi import APIRouter

    api = APIRouter(prefix="/api")

    @api.get("/stats", response_model=S.Stats, tags=["store"])
    def stats(request: Request, q: WebQueries = Depends(queries)):
        """Rows per table."""
        return {"database": os.path.basename(request.app.state.newsgraph.db), "counts": q.store.counts(),
                "writable": bool(request.app.state.newsgraph.token)}

    @api.get("/articles", response_model=S.Page[S.ArticleItem], tags=["articles"])
    def articles(q: Text = None, speaker: Text = None, country: Country = None,
                 source: Text = None, month: Month = None, since: Since = None,
                 until: Until = None, paging: Paging = Depends(), db: WebQueries = Depends(queries)):
        """Articles, newest first; `q` searches titles and texts (every word, accents and case folded)."""
        filters = dict(q=q, speaker=speaker, country=country, source=source, month=month,
                       since=_day(since), until=_day(until))
        rows, total = db.search_articles(filters, paging.limit, paging.offset)
        for row in rows:
            row["snippet"] = snippet(row.pop("text"), q)
        return paging.page((rows, total))

    @api.get("/articles/{article_id:path}", response_model=S.ArticleRecord, response_model_by_alias=True,
             tags=["articles"], responses={404: {"model": S.Error}})
    def article(article_id: ID, db: WebQueries = Depends(queries)):
        """One article's full record: text, actors, quotes, sources, dates, events, with offsets."""
        record = db.article_record(article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return record.to_dict()

    @api.post("/articles", response_model=S.BatchResult, tags=["articles"],
              responses={401: {"model": S.Error}, 403: {"model": S.Error}, 413: {"model": S.Error}})
    def add_articles(request: Request, batch: S.Batch, _: None = Depends(require_token),
                     db: WebQueries = Depends(queries)):
        """Analyze a batch of articles (the JSON Lines record of `newsgraph ingest`) and store it.

        Articles already stored are left as they are. A bad article is reported in `errors`
        and the others are kept. Needs `Authorization: Bearer TOKEN`.
        """
        return ingest_batch(request.app.state.newsgraph, db, batch)

    @api.get("/quotes", response_model=S.QuotePage, tags=["quotes"])
    def quotes(q: Text = None, speaker: Text = None, actor: Text = None,
               source: Text = None, country: Country = None,
               type: Optional[Literal["direct", "indirect", "mixed"]] = None, month: Month = None,
               since: Since = None, until: Until = None,
               facets: bool = Query(False, description="Also count the matches by speaker, country, source, month."),
               paging: Paging = Depends(), db: WebQueries = Depends(queries)):
        """Quotes, newest first. `q` searches the quote and its speaker's name (every word, folded);
        `speaker` is an actor id or an exact name, `source` a source id cited in the same article."""
        filters = dict(q=q, speaker=speaker, actor=actor, source=source, country=country, type=type,
                       month=month, since=_day(since), until=_day(until))
        found = db.search_quotes(filters, paging.limit, paging.offset)
        return paging.page(found, facets=db.quote_facets(filters) if facets else None)

    @api.get("/actors", response_model=S.Page[S.ActorItem], tags=["actors"])
    def actors(q: Text = None, kind: Optional[Literal[KINDS]] = None, country: Country = None,
               paging: Paging = Depends(), db: WebQueries = Depends(queries)):
        """Actors, most cited first; `q` searches names and ids."""
        return paging.page(db.list_actors(kind=kind, country=country, q=q, limit=paging.limit,
                                          offset=paging.offset))

    @api.get("/actors/{actor_id:path}", response_model=S.ActorProfile, tags=["actors"],
             responses={404: {"model": S.Error}})
    def actor(actor_id: ID, db: WebQueries = Depends(queries)):
        """Who an actor is (kind, country, roles over time), with a monthly timeline, the actors met in
        the same articles, and the first page of their quotes and events."""
        profile = actor_profile(db, actor_id, Paging(20, 0), Paging(20, 0))
        if profile is None:
            raise HTTPException(404, f"no actor {actor_id!r}")
        return profile

    @api.get("/sources", response_model=S.Page[S.SourceItem], tags=["sources"])
    def sources(q: Text = None, paging: Paging = Depends(), db: WebQueries = Depends(queries)):
        """The agencies and outlets cited, most cited first."""
        return paging.page(db.list_sources(q=q, limit=paging.limit, offset=paging.offset))

    @api.get("/events", response_model=S.Page[S.EventItem], tags=["events"])
    def events(actor: Text = None, country: Country = None,
               type: Optional[Literal[EVENT_TYPES]] = None, quad: Optional[Literal[tuple(QUAD_CLASSES)]] = None,
               article: Text = None, q: Text = None, since: Since = None,
               until: Until = None, paging: Paging = Depends(), db: WebQueries = Depends(queries)):
        """PLOVER events, newest first: who did what to whom, with the evidence."""
        filters = dict(actor=actor, country=country, type=type, quad=quad, article=article, q=q,
                       since=_day(since), until=_day(until))
        return paging.page(db.list_events(filters, paging.limit, paging.offset))

    @api.get("/graph", response_model=S.Graph, tags=["relations"])
    def graph(request: Request, level: Level = "actors", since: Since = None,
              until: Until = None, include_uncertain: bool = False,
              max_nodes: int = Query(80, ge=1, le=MAX_NODES), db: WebQueries = Depends(queries)):
        """The relations graph of a time window: actors linked by events, scored from conflict (-10)
        to cooperation (+10). Only the `max_nodes` actors in the most articles are kept."""
        return relations_graph(request.app.state.newsgraph, db, level, _day(since), _day(until),
                               include_uncertain, max_nodes)

    @api.get("/blocs", response_model=S.Blocs, tags=["relations"])
    def blocs(request: Request, window: Window = "6M", level: Level = "countries",
              since: Since = None, until: Until = None, db: WebQueries = Depends(queries)):
        """Blocs of the signed relations graph per calendar window, and the actors that changed bloc."""
        return bloc_history(request.app.state.newsgraph, db, window, level, _day(since), _day(until))

    return api


def ingest_batch(state: ServerState, db: WebQueries, batch: S.Batch) -> dict[str, Any]:
    """Parse, analyze and store one posted batch; bad articles are reported, the good ones kept."""
    from .errors import InputError
    from .ingest.jsonl import parse_record

    articles, errors = [], []
    for index, item in enumerate(batch.articles):
        fields = item.model_dump(exclude_none=True)
        origin = fields.pop("origin", None) or f"request item {index}"
        try:
            article = parse_record(json.dumps(fields), origin)
        except InputError as error:
            errors.append({"index": index, "id": item.id, "error": str(error)})
            continue
        article.origin = origin
        articles.append((index, article))
    with state.write_lock:
        known = db.store.known_ids(a.id for _, a in articles)
        fresh = [(i, a) for i, a in articles if a.id not in known]
        records = _analyze(fresh, state.actor_files, errors)
        added = db.store.add_articles(records)
        if added:  # link the new near-duplicates and cluster the new quotes, as an ingest does
            from .ingestion import update_index
            update_index(db.store)
        state.version += 1
    return {"received": len(batch.articles), "added": added, "already_stored": len(articles) - len(fresh),
            "failed": len(errors), "errors": sorted(errors, key=lambda e: e["index"]), "counts": db.store.counts()}


def _analyze(items: list[tuple[int, Any]], actor_files: tuple[str, ...], errors: list[dict]) -> list:
    """Records of the articles; if the batch fails, each article alone, so one bad article loses no other."""
    from .process import process
    try:
        return list(process([a for _, a in items], actor_files=actor_files))
    except Exception:  # noqa: BLE001 - isolate the culprit below; the others must be stored
        if len(items) == 1:
            index, article = items[0]
            log.exception("analysis failed for %s", article.id)
            errors.append({"index": index, "id": article.id, "error": "E070 the analysis of this article failed"})
            return []
    records = []
    for item in items:
        records += _analyze([item], actor_files, errors)
    return records


# ------------------------------------------------------------------ bounds and errors

class BodyLimit:
    """Refuse request bodies over `limit` bytes (413), whether or not they announce their length."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            response = JSONResponse({"error": f"request body over {self.limit} bytes: send smaller batches"},
                                    status_code=413)
            return await response(scope, receive, send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body over {self.limit} bytes: send smaller batches")
            return message

        await self.app(scope, counted, send)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _install_error_handlers(app: FastAPI) -> None:
    from .web.pages import error_page

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if _wants_html(request):
            return error_page(request, error.status_code, str(error.detail))
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        detail = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                  for e in error.errors()][:20]
        if _wants_html(request):
            return error_page(request, 400, "; ".join(f"{d['where']}: {d['problem']}" for d in detail))
        return JSONResponse({"error": "invalid request", "detail": detail}, status_code=422)

    @app.exception_handler(NewsgraphError)
    async def user_error(request: Request, error: NewsgraphError):
        if _wants_html(request):
            return error_page(request, 400, str(error))
        return JSONResponse({"error": str(error)}, status_code=400)

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception):
        log.exception("unexpected error on %s", request.url.path)  # the traceback stays in the server log
        if _wants_html(request):
            return error_page(request, 500, "internal error (see the server log)")
        return JSONResponse({"error": "internal error (see the server log)"}, status_code=500)


# ------------------------------------------------------------------ running

def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          actor_files: tuple[str, ...] = (), create: bool = False, log_level: str = "warning",
          announce=print) -> None:
    """Run the app under uvicorn until interrupted; the database is held (and claimed) meanwhile."""
    import uvicorn

    from . import server_claim

    if not create and not os.path.exists(db):
        raise UsageError(f"no database at {db}: run `newsgraph ingest` first, or pass --create")
    if token is not None and len(token) < 8:
        raise UsageError("the token must have at least 8 characters")
    try:
        app = create_app(db, token=token, actor_files=actor_files)
    except NewsgraphError as error:
        raise (server_claim.held_error(db, writing=True, serving=True) or error) from None
    try:
        _check_port(host, port)
    except UsageError:
        app.state.newsgraph.store.close()
        raise
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    if host not in ("127.0.0.1", "localhost", "::1"):
        announce(f"warning: listening on {host}: anyone who can reach this machine can read the database")
    server_claim.claim(db, url)
    announce(f"newsgraph: serving {db} at {url}/ (API docs at {url}/api/docs); "
             + ("writes need the token" if token else "read-only: no token given") + "; Ctrl-C stops")
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, limit_concurrency=128,
                    timeout_keep_alive=5, server_header=False)
    finally:
        server_claim.release(db)
        app.state.newsgraph.store.close()


def _check_port(host: str, port: int) -> None:
    """Fail with a clear message, before claiming anything, when the address cannot be bound."""
    import socket
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise UsageError(f"cannot listen on {host}:{port} ({error.strerror or error}): "
                         f"choose another --port or --host") from None
