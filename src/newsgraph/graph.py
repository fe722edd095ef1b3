"""Relations between actors, and the blocs they form over time.

`build_graph` turns event rows (plain dicts, as the store hands them) into a signed,
undirected `networkx.Graph`; `blocs` cuts time into calendar windows and splits each
window's graph into blocs where cooperation attracts and conflict repels. Pure library
code: no SQL, no spaCy, no CLI, no network; deterministic (sorted inputs, fixed seeds).
The method is described in docs/graph.md.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

from .errors import InputError, UsageError
from .model import EVENT_TYPES, QUAD_CLASSES, QUAD_OF

__all__ = [
    "TYPE_WEIGHTS", "LEVELS", "FORMATS", "BlocWindow", "BlocChange",
    "build_graph", "write_graph", "blocs", "bloc_changes", "draw_blocs",
]

# Cooperation (+) / conflict (-) weight of each PLOVER type on Goldstein's -10..+10 scale
# (Goldstein 1992, as tabulated for CAMEO). A PLOVER type gathers several CAMEO codes, so
# each weight is a rounded mean of the codes it covers, damped where news usage differs from
# the code's literal meaning. Invariant (tested): the sign always follows the quad class.
TYPE_WEIGHTS: dict[str, float] = {
    # verbal cooperation
    "AGREE": 6.0,      # CAMEO 03 intent to cooperate (~+4..5) .. 057 sign formal agreement (+8)
    "CONSULT": 3.0,    # CAMEO 04: consult/visit (+1..+2.8), negotiate (+7); talks are mostly visits
    "SUPPORT": 4.0,    # CAMEO 05 diplomatic cooperation (+3.5), 051 praise (+3.4), 053 rally (+3.8)
    "CONCEDE": 5.0,    # CAMEO 08 yield (+5.0)
    # material cooperation
    "COOPERATE": 6.0,  # CAMEO 06 material cooperation (+6.0)
    "AID": 7.0,        # CAMEO 07 provide aid (+7.0)
    "RETREAT": 4.0,    # CAMEO 087 de-escalate (+9..+10) damped: a retreat is reported inside a
                       # conflict, so a high weight would turn hostile dyads friendly
    # verbal conflict
    "REQUEST": -1.0,   # PLOVER merges CAMEO 02 appeal (+3.0) and 10 demand (-5.0): mildly adverse
    "ACCUSE": -3.0,    # CAMEO 11 disapprove/accuse (-2.0), 09 investigate (-2.0); press
                       # accusations are mostly public charges, one notch harsher
    "REJECT": -4.0,    # CAMEO 12 reject (-4.0)
    "THREATEN": -6.0,  # CAMEO 13 threaten (-6.0)
    # material conflict
    "PROTEST": -5.0,   # CAMEO 14 protest (-6.5) damped: mostly peaceful demonstrations
    "SANCTION": -7.0,  # CAMEO 16 reduce relations (-4.0) .. 163 embargo/sanctions (-8.0)
    "MOBILIZE": -6.0,  # CAMEO 15 exhibit force posture (-7.2) damped: alerts, drills, deployments
    "COERCE": -8.0,    # CAMEO 17 coerce (-7.0), 171 seize/damage (-9.2), 175 violent repression
    "ASSAULT": -10.0,  # CAMEO 18 assault (-9.0), 19 fight (-10.0), 20 mass violence (-10.0)
}

LEVELS = ("actors", "countries", "people")
FORMATS = ("graphml", "gexf", "json", "svg", "png")

_SEED = 7  # one seed for layouts and community detection: same rows, same pictures
_WINDOW_RE = re.compile(r"^\s*(\d+)\s*([DWMY])\s*$", re.IGNORECASE)
_EPOCH = date(1970, 1, 1)
_EPOCH_MONDAY = date(1970, 1, 5)  # ISO weeks start on Mondays

_COOP, _CONFLICT, _NEUTRAL = "#2b8a3e", "#c92a2a", "#868e96"
_KIND_COLOURS = {
    "country": "#4c6ef5", "person": "#f59f00", "organization": "#7950f2",
    "media": "#15aabf", "group": "#e64980", "other": "#adb5bd",
}
# Bloc colours: colour-blind friendly first (Okabe-Ito), then tab20-like fillers.
_BLOC_COLOURS = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
    "#8c564b", "#7f7f7f", "#17becf", "#bcbd22", "#9467bd", "#1f77b4", "#ff7f0e",
    "#2ca02c", "#d62728", "#e377c2", "#aec7e8", "#ffbb78", "#98df8a",
)
_ALONE, _ABSENT = "#dee2e6", "#ffffff"


# ---------------------------------------------------------------------------- graph

def build_graph(rows: Iterable[Mapping[str, Any]], *, since: Any = None, until: Any = None,
                level: str = "actors", include_uncertain: bool = False) -> nx.Graph:
    """The signed relations graph of the event rows: one node per actor, one edge per pair.

    Negated events are always skipped, hypothetical/future ones unless `include_uncertain`;
    `since`/`until` ('YYYY-MM-DD', inclusive) drop events outside the range and undated ones.
    Events without a resolved actor or recipient, or whose two sides map to the same node,
    give no edge. Counts are of distinct articles, never of repeated sentences.
    """
    _check_level(level)
    since, until = _day(since, "since"), _day(until, "until")
    per_type: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    per_direction: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    pair_articles: dict[tuple[str, str], set] = defaultdict(set)
    node_articles: dict[str, set] = defaultdict(set)
    seen: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    days: list[str] = []
    n_events = 0
    for row in rows:
        etype = row.get("type")
        if etype not in QUAD_OF:
            raise InputError(f"article {row.get('article_id')}",
                             f"unknown event type {etype!r}; expected one of the PLOVER types "
                             f"in newsgraph.model.EVENT_TYPES")
        if not _keep(row, since, until, include_uncertain):
            continue
        a, b = _endpoint(row, "actor", level), _endpoint(row, "recipient", level)
        if a is None or b is None or a[0] == b[0]:
            continue
        article = row.get("article_id")
        pair = (a[0], b[0]) if a[0] < b[0] else (b[0], a[0])
        per_type[pair][etype].add(article)
        per_direction[pair][f"{a[0]}\t{etype}"].add(article)
        pair_articles[pair].add(article)
        for node, attrs in (a, b):
            node_articles[node].add(article)
            for key, value in attrs.items():
                if value is not None:
                    seen[node][key][value] += 1
        day = _day(row.get("published"), "published")
        if day:
            days.append(day)
        n_events += 1

    G = nx.Graph(level=level, since=since, until=until, include_uncertain=include_uncertain,
                 first=min(days) if days else None, last=max(days) if days else None,
                 n_events=n_events,
                 n_articles=len(set().union(*pair_articles.values())) if pair_articles else 0)
    for node in sorted(node_articles):
        G.add_node(node, **_node_attrs(node, seen[node], level), articles=len(node_articles[node]))
    for pair in sorted(per_type):
        G.add_edge(*pair, **_edge_attrs(pair, per_type[pair], per_direction[pair],
                                        len(pair_articles[pair])))
    return G


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise UsageError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def _day(value: Any, what: str) -> str | None:
    """'YYYY-MM-DD' from a date, a datetime or an ISO string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise UsageError(f"{what} must be a date 'YYYY-MM-DD', not {value!r}") from None


def _keep(row: Mapping[str, Any], since: str | None, until: str | None,
          include_uncertain: bool) -> bool:
    if row.get("negated"):
        return False
    if not include_uncertain and (row.get("hypothetical") or row.get("future")):
        return False
    if since or until:
        day = _day(row.get("published"), "published")
        if day is None or (since and day < since) or (until and day > until):
            return False
    return True


def _endpoint(row: Mapping[str, Any], side: str, level: str) -> tuple[str, dict] | None:
    """(node id, attributes) for one side of an event at this level, or None to drop it."""
    node = row.get(f"{side}_id")
    if not node:
        return None  # unresolved names are not identities: "le ministre" is not one node
    name, kind = row.get(f"{side}_name"), row.get(f"{side}_kind")
    country = row.get(f"{side}_country")
    if level == "actors":
        return node, {"name": name, "kind": kind, "country": country}
    if level == "people":
        if kind != "person":
            return None
        return node, {"name": name, "kind": kind, "country": country}
    # countries: a country stays itself; anyone else stands for their country, if known
    if kind == "country" or node.startswith("country:"):
        code = country or node.split(":", 1)[1]
        return node, {"name": name, "kind": "country", "country": code}
    if country:
        return f"country:{country}", {"kind": "country", "country": country}
    return None


def _most_common(counter: Counter) -> Any:
    # most frequent value, ties broken alphabetically so the result never depends on row order
    return min(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0] if counter else None


def _node_attrs(node: str, seen: dict[str, Counter], level: str) -> dict[str, Any]:
    country = _most_common(seen.get("country", Counter()))
    name = _most_common(seen.get("name", Counter()))
    if name is None:  # a country only reached through its people: fall back on the code
        name = country if level == "countries" and country else node.split(":", 1)[-1]
    return {"name": name, "kind": _most_common(seen.get("kind", Counter())) or "other",
            "country": country}


def _edge_attrs(pair: tuple[str, str], per_type: dict[str, set], per_direction: dict[str, set],
                articles: int) -> dict[str, Any]:
    tail, head = pair
    counts: dict[str, int] = {}
    flat: dict[str, int] = {}
    for quad, types in QUAD_CLASSES.items():
        total = 0
        for etype in types:
            n = len(per_type.get(etype, ()))
            flat[f"n_{etype}"] = n
            total += n
            if n:
                counts[etype] = n
        flat[f"n_{quad}"] = total
        if total:
            counts[quad] = total
    n_pairs = sum(flat[f"n_{t}"] for t in EVENT_TYPES)  # distinct (article, type) pairs
    score = round(sum(TYPE_WEIGHTS[t] * flat[f"n_{t}"] for t in EVENT_TYPES) / n_pairs, 3)
    directed: dict[str, dict[str, int]] = {tail: {}, head: {}}
    for key, arts in sorted(per_direction.items()):
        source, etype = key.split("\t")
        directed[source][etype] = len(arts)
    return {
        **flat, "counts": counts, "directed": directed,
        "articles": articles, "weight": articles,  # 'weight' is what Gephi draws as thickness
        "score": score, "sign": (score > 0) - (score < 0),
        "tail": tail, "head": head,
        "n_tail_head": sum(directed[tail].values()), "n_head_tail": sum(directed[head].values()),
    }


# ---------------------------------------------------------------------------- writing

def write_graph(G: nx.Graph, path: str | Path, fmt: str | None = None, *,
                title: str | None = None, max_nodes: int = 80, max_edges: int = 300,
                max_labels: int = 50) -> Path:
    """Write G as graphml, gexf, json (node-link), svg or png; fmt defaults to the suffix.

    GraphML and GEXF only hold scalars, so the `counts`/`directed` dicts are left out there
    (their flat `n_*` twins stay); JSON keeps everything. Drawings show the `max_nodes` actors
    in the most articles, the `max_edges` edges between them in the most articles, and name
    the `max_labels` most cited.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot write a graph as {fmt!r}; use one of {', '.join(FORMATS)} "
                         f"(e.g. write_graph(G, 'out/graph.gexf'))")
    if fmt == "graphml":
        nx.write_graphml(_scalars_only(G), path)
    elif fmt == "gexf":
        H = _scalars_only(G)
        for node, attrs in H.nodes(data=True):
            attrs["label"] = attrs.get("name", node)
        nx.write_gexf(H, path)
    elif fmt == "json":
        data = nx.node_link_data(G, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True),
                        encoding="utf-8")
    else:
        _draw_graph(G, path, fmt, title=title, max_nodes=max_nodes, max_edges=max_edges,
                    max_labels=max_labels)
    return path


def _scalars_only(G: nx.Graph) -> nx.Graph:
    """A copy keeping only str/int/float/bool attributes (what GraphML and GEXF can hold)."""
    def keep(attrs):
        return {k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool))}
    H = nx.Graph(**keep(G.graph))
    H.add_nodes_from((n, keep(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, keep(d)) for u, v, d in G.edges(data=True))
    return H


def _date_range(G: nx.Graph) -> str:
    start = G.graph.get("since") or G.graph.get("first")
    end = G.graph.get("until") or G.graph.get("last")
    if not start and not end:
        return "undated"
    return f"{start or '…'} → {end or '…'}"


def _new_figure(width: float, height: float):
    """A figure on its own Agg canvas: no pyplot, so no global state and no GUI backend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: Path, fmt: str) -> None:
    fig.savefig(path, format=fmt, facecolor="white")


def _placeholder(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color=_NEUTRAL,
            transform=ax.transAxes, wrap=True)
    ax.set_axis_off()


def _layout(H: nx.Graph) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 (LinLog) per connected component, components packed in rows, largest first.

    LinLog attraction separates clusters better than Fruchterman-Reingold, and cooperation
    pulls twenty times harder than conflict, so blocs sit apart. (FA2's overlap prevention is
    left off: on a synthetic three-camp world it undid the separation.) Laying out components
    separately stops small ones from flinging the big one into a corner. Numpy only, seeded.
    """
    import numpy as np

    components = sorted((sorted(c) for c in nx.connected_components(H)),
                        key=lambda c: (-len(c), c))
    biggest = len(components[0])
    shapes = []
    for nodes in components:
        radius = max(math.sqrt(len(nodes) / biggest), 0.25)
        if len(nodes) == 1:
            shapes.append(({nodes[0]: (0.0, 0.0)}, radius))
            continue
        L = nx.Graph()
        L.add_nodes_from(nodes)
        for u, v, d in sorted(H.subgraph(nodes).edges(data=True), key=lambda e: (e[0], e[1])):
            L.add_edge(u, v, w=1.0 if d["sign"] > 0 else 0.05)
        with np.errstate(divide="ignore", invalid="ignore"):  # LinLog divides by d_ii = 0
            raw = nx.forceatlas2_layout(L, weight="w", linlog=True, max_iter=500, seed=_SEED)
        local = nx.rescale_layout_dict(raw, scale=radius)
        shapes.append(({n: tuple(p) for n, p in local.items()}, radius))
    largest = 2.6 * shapes[0][1]
    limit = max(1.6 * largest, 1.5 * math.sqrt(sum((2.6 * r) ** 2 for _, r in shapes)))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, radius in shapes:
        side = 2.6 * radius  # room for labels around each component
        if x > 0 and x + side > limit:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in local.items():
            pos[node] = (x + side / 2 + float(px), y - side / 2 + float(py))
        x += side
        row_height = max(row_height, side)
    return pos


def _spread(pos: dict[str, tuple[float, float]], radii: dict[str, float],
            page: tuple[float, float] = (680.0, 620.0), rounds: int = 200) -> dict:
    """Push overlapping discs apart; radii are in points, `page` the plot area in points.

    Layouts place centres, not discs: a tight bloc of big nodes would hide members behind
    each other. The points-per-unit scale is re-read each round as the layout grows.
    """
    import numpy as np

    nodes = sorted(pos)
    if len(nodes) < 2:
        return pos
    P = np.array([pos[n] for n in nodes], dtype=float)
    R = np.array([radii[n] for n in nodes]) + 6.0  # a little air, and room for the label
    for _ in range(rounds):
        extent = np.maximum(P.max(axis=0) - P.min(axis=0), 1e-9)
        per_unit = min(page[0] / extent[0], page[1] / extent[1])
        diff = P[:, None, :] - P[None, :, :]
        dist = np.linalg.norm(diff, axis=-1) * per_unit
        np.fill_diagonal(dist, np.inf)
        overlap = (R[:, None] + R[None, :]) - dist
        if (overlap <= 0).all():
            break
        # coincident centres have no direction: split them along a fixed, index-based angle
        angle = np.add.outer(np.arange(len(P)), np.zeros(len(P))) * 2.399963
        unit = np.where(dist[..., None] > 1e-9, diff * per_unit / np.maximum(dist, 1e-9)[..., None],
                        np.stack([np.cos(angle), np.sin(angle)], axis=-1))
        push = np.clip(overlap, 0, None)[..., None] * unit / 2
        P += push.sum(axis=1) / per_unit * 0.5
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, P)}


def _draw_graph(G: nx.Graph, path: Path, fmt: str, *, title: str | None, max_nodes: int,
                max_edges: int, max_labels: int) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patheffects import withStroke

    fig = _new_figure(13, 9.5)
    ax = fig.add_subplot()
    level = G.graph.get("level", "actors")
    heading = title or f"Relations between {level}, {_date_range(G)}"
    if G.number_of_edges() == 0:
        ax.set_title(heading, fontsize=15, loc="left")
        _placeholder(ax, "No relations to draw:\nno two-sided event matched the filters.")
        _save(fig, path, fmt)
        return

    ranked = sorted(G, key=lambda n: (-G.nodes[n].get("articles", 0), n))
    H = G.subgraph(ranked[:max_nodes])
    # a hairball hides everything: draw the heaviest edges only (the layout still uses all)
    edges = sorted(H.edges(data=True), key=lambda e: (-e[2]["articles"], -abs(e[2]["score"]),
                                                      e[0], e[1]))
    edges = edges[:max_edges][::-1]  # heaviest drawn last, on top
    shown = []
    if G.number_of_nodes() > H.number_of_nodes():
        shown.append(f"the {H.number_of_nodes()} most cited nodes")
    if H.number_of_edges() > len(edges):
        shown.append(f"their {len(edges)} heaviest edges")
    ax.set_title(f"{heading}\n{G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
                 f"{G.graph.get('n_articles', 0)} articles"
                 + (f"; showing {' and '.join(shown)}" if shown else ""),
                 fontsize=14, loc="left")

    max_node = max(H.nodes[n].get("articles", 1) for n in H) or 1
    nodes = sorted(H, key=lambda n: (H.nodes[n].get("articles", 0), n))
    crowd = min(1.0, math.sqrt(30 / len(H)))  # smaller discs when there are many
    sizes = [crowd * (90 + 1400 * math.sqrt(H.nodes[n].get("articles", 1) / max_node))
             for n in nodes]
    pos = _spread(_layout(H), {n: math.sqrt(s) / 2 for n, s in zip(nodes, sizes)})
    max_edge = max(d["articles"] for _, _, d in edges) or 1
    colours = {1: _COOP, -1: _CONFLICT, 0: _NEUTRAL}
    ax.add_collection(LineCollection(
        [(pos[u], pos[v]) for u, v, _ in edges],
        colors=[colours[d["sign"]] for _, _, d in edges],
        linewidths=[0.7 + 5.0 * math.sqrt(d["articles"] / max_edge) for _, _, d in edges],
        alpha=0.7, zorder=1))

    labelled = set(ranked[:max_labels])
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=sizes,
               c=[_KIND_COLOURS.get(H.nodes[n].get("kind"), _KIND_COLOURS["other"])
                  for n in nodes], edgecolors="white", linewidths=1.2, zorder=2)
    halo = [withStroke(linewidth=3, foreground="white")]
    for n, s in zip(nodes, sizes):
        if n not in labelled:
            continue
        ax.annotate(str(H.nodes[n].get("name") or n), pos[n], xytext=(0, math.sqrt(s) / 2 + 1),
                    textcoords="offset points", ha="center", va="bottom",
                    fontsize=7 + 4 * crowd * math.sqrt(H.nodes[n].get("articles", 1) / max_node),
                    path_effects=halo, zorder=3)

    handles = [Line2D([], [], color=_COOP, lw=3, label="cooperation (score > 0)"),
               Line2D([], [], color=_CONFLICT, lw=3, label="conflict (score < 0)"),
               Line2D([], [], color=_NEUTRAL, lw=3, label="balanced (score = 0)")]
    for kind in sorted({H.nodes[n].get("kind") for n in H} & set(_KIND_COLOURS)):
        handles.append(Line2D([], [], ls="", marker="o", ms=10, color=_KIND_COLOURS[kind],
                              label=kind))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              title="edge width: articles\nnode size: articles", alignment="left")
    ax.autoscale()
    ax.margins(0.08)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_axis_off()
    _save(fig, path, fmt)


# ---------------------------------------------------------------------------- blocs

@dataclass(slots=True)
class BlocWindow:
    """The blocs of one time window (dates inclusive, clipped to since/until)."""

    start: str
    end: str
    label: str
    blocs: list[list[str]]      # member ids, largest bloc first; singletons included
    frustration: float          # sum of |w| over positive edges across blocs + negative inside
    frustration_ratio: float    # frustration / sum of |w| over all edges (0 = balanced)
    n_events: int
    n_articles: int
    level: str = "countries"
    window: str = "6M"
    names: dict[str, str] = field(default_factory=dict)
    graph: nx.Graph | None = field(default=None, repr=False, compare=False)

    def bloc_of(self, node: str) -> int | None:
        """Index in `blocs` of the bloc holding node, or None if it is absent this window."""
        for i, members in enumerate(self.blocs):
            if node in members:
                return i
        return None


@dataclass(frozen=True, slots=True)
class BlocChange:
    """An actor found in another bloc than the last time it was seen."""

    actor: str
    name: str
    before: str                 # start of the window it was last seen in
    after: str                  # start of the window it is seen in now
    from_bloc: tuple[str, ...]
    to_bloc: tuple[str, ...]
    from_track: int             # bloc identities matched across windows (see bloc_changes)
    to_track: int


def blocs(rows: Iterable[Mapping[str, Any]], *, window: str = "6M", level: str = "countries",
          since: Any = None, until: Any = None, include_uncertain: bool = False,
          seed: int = _SEED) -> list[BlocWindow]:
    """Blocs per calendar window: Louvain on cooperation, then local moves against frustration.

    Windows ('30D', '2W', '3M', '6M', '1Y') are aligned to calendar starts (months from
    January, years on January 1, weeks on Mondays, days from 1970-01-01) and run from the
    first to the last dated event, empty windows included. Undated events are left out.
    """
    _check_level(level)
    n, unit = _parse_window(window)
    since_d, until_d = _day(since, "since"), _day(until, "until")
    buckets: dict[date, list] = defaultdict(list)
    anchor = date.fromisoformat(since_d) if since_d and unit == "D" else _EPOCH
    for row in rows:
        day = _day(row.get("published"), "published")
        if day is None or (since_d and day < since_d) or (until_d and day > until_d):
            continue
        buckets[_window_start(date.fromisoformat(day), n, unit, anchor)].append(row)
    if not buckets:
        return []
    first = _window_start(date.fromisoformat(since_d), n, unit, anchor) if since_d else min(buckets)
    last = date.fromisoformat(until_d) if until_d else max(buckets)

    windows = []
    start = first
    while start <= last:
        nxt = _next_start(start, n, unit)
        lo = max(start.isoformat(), since_d) if since_d else start.isoformat()
        hi = (nxt - timedelta(days=1)).isoformat()
        hi = min(hi, until_d) if until_d else hi
        G = build_graph(buckets.get(start, ()), since=lo, until=hi, level=level,
                        include_uncertain=include_uncertain)
        parts = _signed_partition(G, seed)
        frustration, total = _frustration(G, parts)
        windows.append(BlocWindow(
            start=lo, end=hi, label=_window_label(start, nxt, n, unit),
            blocs=[sorted(p) for p in parts], frustration=round(frustration, 3),
            frustration_ratio=round(frustration / total, 3) if total else 0.0,
            n_events=G.graph["n_events"], n_articles=G.graph["n_articles"],
            level=level, window=window.strip().upper(),
            names={v: str(G.nodes[v].get("name") or v) for v in G}, graph=G))
        start = nxt
    return windows


def _parse_window(spec: str) -> tuple[int, str]:
    match = _WINDOW_RE.match(str(spec))
    if not match or int(match.group(1)) < 1:
        raise UsageError(f"window must be a count and a unit D, W, M or Y "
                         f"(e.g. '30D', '3M', '6M', '1Y'), not {spec!r}")
    return int(match.group(1)), match.group(2).upper()


def _window_start(day: date, n: int, unit: str, anchor: date) -> date:
    if unit == "M":  # month index since year 0, so 3M gives quarters and 6M halves
        index = (day.year * 12 + day.month - 1) // n * n
        return date(max(index // 12, 1), index % 12 + 1, 1)
    if unit == "Y":
        return date(max(day.year // n * n, 1), 1, 1)
    origin = _EPOCH_MONDAY if unit == "W" else anchor
    span = 7 * n if unit == "W" else n
    return origin + timedelta(days=(day - origin).days // span * span)


def _next_start(start: date, n: int, unit: str) -> date:
    if unit == "M":
        index = start.year * 12 + start.month - 1 + n
        return date(index // 12, index % 12 + 1, 1)
    if unit == "Y":
        return date(start.year + n, 1, 1)
    return start + timedelta(days=7 * n if unit == "W" else n)


def _window_label(start: date, nxt: date, n: int, unit: str) -> str:
    if unit == "Y":
        return str(start.year) if n == 1 else f"{start.year}–{nxt.year - 1}"
    if unit == "M":
        if n == 1:
            return f"{start:%Y-%m}"
        if n == 3:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if n == 6:
            return f"{start.year}-H{start.month // 6 + 1}"
        if n == 12:
            return str(start.year)
        return f"{start:%Y-%m}–{nxt - timedelta(days=1):%Y-%m}"
    return f"{start.isoformat()}"


def _signed_weight(attrs: Mapping[str, Any]) -> float:
    # articles x mean weight / 10: in -articles..+articles, so volume and tone both count
    return attrs["articles"] * attrs["score"] / 10.0


def _signed_partition(G: nx.Graph, seed: int, max_rounds: int = 50) -> list[set[str]]:
    """Louvain on the cooperation subgraph, then single-node moves that lower frustration."""
    if len(G) == 0:
        return []
    positive = nx.Graph()
    positive.add_nodes_from(sorted(G))
    neighbours: dict[str, list[tuple[str, float]]] = {v: [] for v in G}
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        w = _signed_weight(d)
        if w > 0:
            positive.add_edge(u, v, weight=w)
        if w:
            neighbours[u].append((v, w))
            neighbours[v].append((u, w))
    if positive.number_of_edges():
        communities = nx.community.louvain_communities(positive, weight="weight", seed=seed)
    else:
        communities = [{v} for v in positive]
    bloc_of = {v: i for i, members in enumerate(sorted(communities, key=sorted))
               for v in members}

    # Louvain never sees conflict: a node tied by one cooperation edge to a bloc it fights
    # with lands inside it. Moving one node changes the frustration by exactly the change in
    # its own cost, so each strict improvement lowers the total and the loop terminates.
    fresh = len(communities)
    sizes = Counter(bloc_of.values())
    for _ in range(max_rounds):
        moved = False
        for v in sorted(G):
            pull: dict[int, float] = defaultdict(float)  # positive weight into each bloc
            push: dict[int, float] = defaultdict(float)  # negative weight into each bloc
            for u, w in neighbours[v]:
                (pull if w > 0 else push)[bloc_of[u]] += abs(w)
            total_pull = sum(pull.values())
            current = bloc_of[v]
            alone = sizes[current] == 1

            def cost(bloc: int) -> float:
                return total_pull - pull.get(bloc, 0.0) + push.get(bloc, 0.0)

            best, best_cost = current, cost(current)
            for bloc in sorted(set(pull) | set(push)):
                if cost(bloc) < best_cost - 1e-9:
                    best, best_cost = bloc, cost(bloc)
            if not alone and total_pull < best_cost - 1e-9:  # better off on its own
                best, best_cost = fresh, total_pull
                fresh += 1
            if best != current:
                bloc_of[v] = best
                sizes[current] -= 1
                sizes[best] += 1
                moved = True
        if not moved:
            break
    groups: dict[int, set[str]] = defaultdict(set)
    for v, bloc in bloc_of.items():
        groups[bloc].add(v)
    return sorted(groups.values(), key=lambda g: (-len(g), sorted(g)))


def _frustration(G: nx.Graph, parts: list[set[str]]) -> tuple[float, float]:
    """(frustration, total |w|): cooperation across blocs plus conflict inside them."""
    bloc_of = {v: i for i, members in enumerate(parts) for v in members}
    frustration = total = 0.0
    for u, v, d in G.edges(data=True):
        w = _signed_weight(d)
        total += abs(w)
        if (w > 0 and bloc_of[u] != bloc_of[v]) or (w < 0 and bloc_of[u] == bloc_of[v]):
            frustration += abs(w)
    return frustration, total


def _tracks(windows: list[BlocWindow]) -> list[list[int]]:
    """A stable identity (track) for every bloc: matched to the previous blocs by Jaccard.

    Each track remembers its last members; a new bloc inherits the track it overlaps most
    (greedy, best Jaccard first, ties by track then bloc order), otherwise opens a new one.
    Tracks survive empty windows.
    """
    last: dict[int, frozenset] = {}
    result = []
    for window in windows:
        sets = [frozenset(b) for b in window.blocs]
        candidates = []
        for i, members in enumerate(sets):
            for track, previous in last.items():
                common = len(members & previous)
                if common:
                    candidates.append((-common / len(members | previous), -common, track, i))
        assigned: dict[int, int] = {}
        used: set[int] = set()
        for _, _, track, i in sorted(candidates):
            if i not in assigned and track not in used:
                assigned[i] = track
                used.add(track)
        ids = []
        for i, members in enumerate(sets):
            if i not in assigned:
                assigned[i] = max(last, default=-1) + 1
            last[assigned[i]] = members
            ids.append(assigned[i])
        result.append(ids)
    return result


def bloc_changes(windows: list[BlocWindow]) -> list[BlocChange]:
    """Actors whose bloc (matched across windows by Jaccard overlap) differs from last time.

    An actor is compared with the last window it appeared in, so a gap of empty or silent
    windows does not hide a switch; actors seen once never switch.
    """
    changes = []
    last_seen: dict[str, tuple[int, int, tuple[str, ...]]] = {}
    for w_index, (window, track_ids) in enumerate(zip(windows, _tracks(windows))):
        for members, track in zip(window.blocs, track_ids):
            for actor in members:
                previous = last_seen.get(actor)
                if previous and previous[1] != track:
                    changes.append(BlocChange(
                        actor=actor, name=window.names.get(actor, actor),
                        before=windows[previous[0]].start, after=window.start,
                        from_bloc=previous[2], to_bloc=tuple(members),
                        from_track=previous[1], to_track=track))
                last_seen[actor] = (w_index, track, tuple(members))
    return sorted(changes, key=lambda c: (c.after, c.actor))


def draw_blocs(windows: list[BlocWindow], path: str | Path, fmt: str | None = None, *,
               max_actors: int = 60, title: str | None = None) -> Path:
    """One picture of blocs over time: a row per actor, a column per window, a colour per bloc.

    Colours follow the bloc tracks of `bloc_changes`, so a bloc keeps its colour from one
    window to the next; a dot marks a switch. Shows the `max_actors` actors most often in a bloc.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("svg", "png"):
        raise UsageError(f"draw_blocs writes svg or png, not {fmt!r} "
                         f"(e.g. draw_blocs(windows, 'out/blocs.png'))")
    tracks = _tracks(windows)
    cell: dict[tuple[str, int], int] = {}       # (actor, window) -> track
    size: dict[tuple[str, int], int] = {}
    names: dict[str, str] = {}
    for col, (window, ids) in enumerate(zip(windows, tracks)):
        names.update(window.names)
        for members, track in zip(window.blocs, ids):
            for actor in members:
                cell[actor, col] = track
                size[actor, col] = len(members)

    actors = sorted({a for a, _ in cell})
    in_bloc = Counter(a for (a, col) in cell if size[a, col] > 1)
    if len(actors) > max_actors:
        actors = sorted(actors, key=lambda a: (-in_bloc[a], -sum(1 for (b, _) in cell if b == a),
                                               a))[:max_actors]
    shared = {t for (a, col), t in cell.items() if size[a, col] > 1}
    palette = {t: _BLOC_COLOURS[i % len(_BLOC_COLOURS)] for i, t in enumerate(sorted(shared))}

    def home(actor):  # the track an actor is most often in: rows of one bloc sit together
        found = Counter(t for (a, _), t in cell.items() if a == actor and t in shared)
        return min(found.items(), key=lambda kv: (-kv[1], kv[0]))[0] if found else 10**9
    actors.sort(key=lambda a: (home(a), names.get(a, a).lower(), a))

    n_rows, n_cols = len(actors), len(windows)
    fig = _new_figure(min(7.5 + 0.75 * max(n_cols, 1), 30), min(2.0 + 0.3 * max(n_rows, 4), 40))
    ax = fig.add_subplot()
    level = windows[0].level if windows else "countries"
    spec = windows[0].window if windows else ""
    span = f"{windows[0].start} → {windows[-1].end}" if windows else "no dated events"
    ax.set_title(title or f"Blocs of {level} over time\n{spec} windows, {span}",
                 fontsize=13, loc="left")
    if not actors:
        _placeholder(ax, "No blocs to draw:\nno two-sided dated event matched the filters.")
        _save(fig, path, fmt)
        return path

    from matplotlib.colors import to_rgb
    grid = [[to_rgb(_ABSENT)] * n_cols for _ in range(n_rows)]
    switches = []
    for r, actor in enumerate(actors):
        previous = None
        for col in range(n_cols):
            if (actor, col) not in cell:
                continue
            track = cell[actor, col]
            grid[r][col] = to_rgb(palette.get(track, _ALONE) if size[actor, col] > 1 else _ALONE)
            if previous is not None and previous != track:
                switches.append((col, r))
            previous = track
    ax.imshow(grid, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(n_cols), [w.label for w in windows],
                  rotation=45 if n_cols > 6 else 0, ha="right" if n_cols > 6 else "center")
    ax.set_yticks(range(n_rows), [names.get(a, a) for a in actors], fontsize=9)
    ax.set_xticks([c - 0.5 for c in range(1, n_cols)], minor=True)
    ax.set_yticks([r - 0.5 for r in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if switches:
        ax.scatter([c for c, _ in switches], [r for _, r in switches], s=28, c="black",
                   zorder=3)

    handles = []
    for track in sorted(shared):
        members = Counter(a for (a, col), t in cell.items() if t == track and size[a, col] > 1)
        top = [names.get(a, a) for a, _ in sorted(members.items(), key=lambda kv: (-kv[1], kv[0]))]
        more = f" +{len(top) - 3}" if len(top) > 3 else ""
        handles.append(Patch(color=palette[track], label=", ".join(top[:3]) + more))
    handles += [Patch(facecolor=_ALONE, label="alone (bloc of one)"),
                Patch(facecolor=_ABSENT, edgecolor="#adb5bd", label="absent"),
                Line2D([], [], ls="", marker="o", color="black", label="switched bloc")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              title="blocs (most frequent members)", alignment="left", fontsize=9)
    _save(fig, path, fmt)
    return path
