"""Pictures of the relations graph and of the blocs over time, as matplotlib figures.

Each figure lives on its own Agg canvas (no pyplot state, no GUI backend); `newsgraph.graph.
output` saves it to a file or a stream. This is the only module of the package that imports
matplotlib, so a server that builds graphs and blocs never loads it.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.patheffects import withStroke

from .blocs import BlocWindow, bloc_tracks
from .layout import layout, spread

__all__ = ["graph_figure", "blocs_figure"]

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


def _date_range(G: nx.Graph) -> str:
    start = G.graph.get("since") or G.graph.get("first")
    end = G.graph.get("until") or G.graph.get("last")
    if not start and not end:
        return "undated"
    return f"{start or '…'} → {end or '…'}"


def _new_figure(width: float, height: float) -> Figure:
    """A figure on its own Agg canvas: no pyplot, so no global state and no GUI backend."""
    fig = Figure(figsize=(width, height), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _placeholder(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color=_NEUTRAL,
            transform=ax.transAxes, wrap=True)
    ax.set_axis_off()


def graph_figure(G: nx.Graph, *, title: str | None = None, max_nodes: int = 80,
                 max_edges: int = 300, max_labels: int = 50) -> Figure:
    """The relations graph: nodes sized by articles, edges coloured by score (docs/graph.md).

    Shows the `max_nodes` actors in the most articles, the `max_edges` edges between them in
    the most articles, and names the `max_labels` most cited.
    """
    fig = _new_figure(13, 9.5)
    ax = fig.add_subplot()
    level = G.graph.get("level", "actors")
    heading = title or f"Relations between {level}, {_date_range(G)}"
    if G.number_of_edges() == 0:
        ax.set_title(heading, fontsize=15, loc="left")
        _placeholder(ax, "No relations to draw:\nno two-sided event matched the filters.")
        return fig

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
    pos = spread(layout(H), {n: math.sqrt(s) / 2 for n, s in zip(nodes, sizes)})
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
    return fig


def blocs_figure(windows: list[BlocWindow], *, max_actors: int = 60,
                 title: str | None = None) -> Figure:
    """Blocs over time: a row per actor, a column per window, a colour per bloc.

    Colours follow the bloc tracks of `bloc_changes`, so a bloc keeps its colour from one
    window to the next; a dot marks a switch. Shows the `max_actors` actors most often in a bloc.
    """
    tracks = bloc_tracks(windows)
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
        return fig

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
    return fig
