"""The HTML pages: Search, Article, Actors, Actor, Relations, and the offline API docs.

Each page reads through the same store queries as the JSON API and renders a Jinja2 template;
charts are SVG drawn by `charts.py`. Query parameters are validated by FastAPI as in the API,
and a bad one gives a friendly error page (never a traceback).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .service import Paging, actor_profile, bloc_history, queries, relations_graph, snippet
from ..store import WebQueries
from . import charts, markup

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(kind_colours=charts.KIND_COLOURS, score_colour=charts.score_colour)
templates.env.filters["idpath"] = charts.idpath  # ids in URLs keep their colon: /actors/person:anne-delizee
PAGE = 25
FILTERS = ("speaker", "actor", "country", "source", "month")
Text = Annotated[Optional[str], Query(max_length=200)]


def _render(request: Request, db: WebQueries, name: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("counts", request.app.state.newsgraph.cached(("counts",), db.store.counts))
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _link(base: str, params: dict, **changes) -> str:
    """BASE with the current query parameters, some changed (None removes one)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", 0)}
    return base + ("?" + urlencode(merged) if merged else "")


router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def search(request: Request, q: Text = None, tab: Literal["quotes", "articles"] = "quotes",
           speaker: Text = None, actor: Text = None,
           country: Optional[str] = Query(None, pattern=r"^[A-Za-z]{3}$"), source: Text = None,
           month: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}$"),
           offset: int = Query(0, ge=0, le=100_000), db: WebQueries = Depends(queries)):
    filters = dict(q=q, speaker=speaker, actor=actor, country=country, source=source, month=month)
    params = {"q": q, "tab": tab if tab != "quotes" else None, **{k: filters[k] for k in FILTERS}}
    if tab == "quotes":
        rows, total = db.search_quotes(filters, PAGE, offset)
    else:
        rows, total = db.search_articles(filters, PAGE, offset)
        for row in rows:
            row["snippet"] = snippet(row.pop("text"), q)
    facets = db.quote_facets(filters)
    # active filter chips show names, not ids: the facets of the filtered quotes hold them
    labels = {(f, v["value"]): v["label"] for f, values in facets.items() for v in values}
    names = {key: labels.get((("speaker" if key == "actor" else key), filters[key]), filters[key])
             for key in FILTERS if filters[key]}
    return _render(request, db, "search.html", q=q or "", tab=tab, rows=rows, total=total, offset=offset,
                   page=PAGE, facets=facets, filters=filters, names=names,
                   link=lambda **changes: _link("/", params, offset=None, **changes),
                   page_link=lambda at: _link("/", params, offset=at),
                   highlight=markup.highlight_terms)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, db: WebQueries = Depends(queries)):
    record = db.article_record(article_id[:300])
    if record is None:
        return error_page(request, 404, f"No article {article_id!r} in this database.")
    colours = markup.speaker_colours(record)
    return _render(request, db, "article.html", a=record, body=markup.article_html(record), colours=colours,
                   speaker_key=markup.speaker_key, unknown=markup.UNKNOWN_SPEAKER)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: Text = None,
           kind: Optional[Literal["person", "country", "organization", "media", "group", "other"]] = None,
           offset: int = Query(0, ge=0, le=100_000), db: WebQueries = Depends(queries)):
    rows, total = db.list_actors(kind=kind, q=q, limit=50, offset=offset)
    params = {"q": q, "kind": kind}
    return _render(request, db, "actors.html", rows=rows, total=total, offset=offset, page=50, q=q or "", kind=kind,
                   link=lambda **changes: _link("/actors", params, offset=None, **changes),
                   page_link=lambda at: _link("/actors", params, offset=at))


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str, quotes_at: int = Query(0, ge=0, le=100_000),
          events_at: int = Query(0, ge=0, le=100_000), db: WebQueries = Depends(queries)):
    profile = actor_profile(db, actor_id[:300], Paging(PAGE, quotes_at), Paging(PAGE, events_at))
    if profile is None:
        return error_page(request, 404, f"No actor {actor_id!r} in this database.")
    here = f"/actors/{actor_id}"
    return _render(request, db, "actor.html", p=profile, timeline=charts.timeline_svg(profile["timeline"], actor_id),
                   quotes_link=lambda at: _link(here, {"events_at": events_at}, quotes_at=at) + "#quotes",
                   events_link=lambda at: _link(here, {"quotes_at": quotes_at}, events_at=at) + "#events")


@router.get("/relations", response_class=HTMLResponse)
def relations(request: Request, level: Literal["actors", "countries", "people"] = "actors",
              window: Literal["1M", "3M", "6M", "1Y"] = "6M", since: Optional[date] = None,
              until: Optional[date] = None, uncertain: bool = False, offset: int = Query(0, ge=0, le=100_000),
              db: WebQueries = Depends(queries)):
    state = request.app.state.newsgraph
    lo, hi = (since.isoformat() if since else None), (until.isoformat() if until else None)
    graph = relations_graph(state, db, level, lo, hi, uncertain, 80)
    history = bloc_history(state, db, window, "countries" if level == "countries" else level, lo, hi)
    events, total = db.list_events({"since": lo, "until": hi}, PAGE, offset)
    params = {"level": level, "window": window, "since": lo, "until": hi, "uncertain": uncertain or None}
    strongest = sorted(graph["edges"], key=lambda e: (-e["articles"], -abs(e["score"])))[:15]
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    return _render(request, db, "relations.html", graph=graph, history=history, level=level, window=window,
                   since=lo or "", until=hi or "", uncertain=uncertain, strongest=strongest, names=names,
                   graph_svg=charts.graph_svg(graph), blocs_svg=charts.blocs_svg(history),
                   events=events, total=total, offset=offset, page=PAGE,
                   page_link=lambda at: _link("/relations", params, offset=at) + "#events")


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """Swagger UI from the swagger-ui-bundle package, served locally (no CDN)."""
    return templates.TemplateResponse(request, "api_docs.html", {})


def install(app: FastAPI) -> None:
    import swagger_ui_bundle

    app.include_router(router)
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_bundle.swagger_ui_path)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
