"""The picture of the relations graph, and the canvas helpers every picture shares.

Each figure lives on its own Agg canvas (no pyplot state, no GUI backend); `render` turns it
into PNG or SVG bytes and `newsgraph.graph.output` sends them to a file or a stream. Only the
picture modules (drawing, timeline) import matplotlib, so a server that builds graphs and
blocs never loads it.
"""
from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ET

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke

from .layout import layout, spread

__all__ = ["graph_figure", "render", "place_labels"]

_COOP, _CONFLICT, _NEUTRAL = "#2b8a3e", "#c92a2a", "#868e96"
_KIND_COLOURS = {
    "country": "#4c6ef5", "person": "#f59f00", "organization": "#7950f2",
    "media": "#15aabf", "group": "#e64980", "other": "#adb5bd",
}
_TOOLTIP_GID = "newsgraph-node-"  # SVG ids of node discs; their <title> is the tooltip
_LABEL_PAD = 2.0                    # pixels kept free around each label
_SVG_NAMESPACES = {"": "http://www.w3.org/2000/svg", "xlink": "http://www.w3.org/1999/xlink",
                   "dc": "http://purl.org/dc/elements/1.1/", "cc": "http://creativecommons.org/ns#",
                   "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
_FAR = (12.0, 28.0)                 # further out, labels get a leader line (points)


def _date_range(G: nx.Graph) -> str:
    start = G.graph.get("since") or G.graph.get("first")
    end = G.graph.get("until") or G.graph.get("last")
    if not start and not end:
        return "undated"
    return f"{start or '…'} → {end or '…'}"


def new_figure(width: float, height: float) -> Figure:
    """A figure on its own Agg canvas: no pyplot, so no global state and no GUI backend."""
    fig = Figure(figsize=(width, height), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def freeze_layout(fig: Figure) -> None:
    """Run the constrained layout once and keep it: what is measured next stays true."""
    fig.draw_without_rendering()
    fig.set_layout_engine("none")


def placeholder(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color=_NEUTRAL,
            transform=ax.transAxes, wrap=True)
    ax.set_axis_off()


def render(fig: Figure, fmt: str) -> bytes:
    """The figure as png or svg bytes; in SVG each node disc carries its tooltip."""
    buffer = io.BytesIO()
    # no date in the SVG metadata: the same graph gives the same bytes
    fig.savefig(buffer, format=fmt, facecolor="white",
                metadata={"Date": None} if fmt == "svg" else None)
    data = buffer.getvalue()
    return _svg_tooltips(fig, data) if fmt == "svg" else data


def _svg_tooltips(fig: Figure, data: bytes) -> bytes:
    """Add a <title> (the tooltip browsers show) to each node disc: name, id and articles.

    matplotlib writes an artist's gid as the id of its <g>; it has no tooltips of its own.
    """
    tips = {a.get_gid(): a.get_label() for ax in fig.axes for a in ax.collections
            if (a.get_gid() or "").startswith(_TOOLTIP_GID)}
    if not tips:
        return data
    svg = "http://www.w3.org/2000/svg"
    for prefix, uri in _SVG_NAMESPACES.items():  # keep matplotlib's prefixes when rewriting
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(data)
    for element in root.iter(f"{{{svg}}}g"):
        tip = tips.get(element.get("id"))
        if tip:
            title = ET.Element(f"{{{svg}}}title")
            title.text = tip
            element.insert(0, title)
    return ('<?xml version="1.0" encoding="utf-8" standalone="no"?>\n'
            + ET.tostring(root, encoding="unicode")).encode("utf-8")


def graph_figure(G: nx.Graph, *, title: str | None = None, max_nodes: int = 80,
                 max_edges: int = 300, max_labels: int = 50) -> Figure:
    """The relations graph: nodes sized by articles, edges coloured by score (docs/graph.md).

    Shows the `max_nodes` actors in the most articles and the `max_edges` edges between
    them in the most articles. Up to `max_labels` nodes, most cited first, are named where
    a name fits without touching another name or disc; the others are named in the SVG
    tooltips only, and a footer says how many.
    """
    fig = new_figure(13, 9.5)
    ax = fig.add_subplot()
    level = G.graph.get("level", "actors")
    heading = title or f"Relations between {level}, {_date_range(G)}"
    if G.number_of_edges() == 0:
        ax.set_title(heading, fontsize=15, loc="left")
        placeholder(ax, "No relations to draw:\nno two-sided event matched the filters.")
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
    subtitle = (f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
                f"{G.graph.get('n_articles', 0)} articles"
                + (f"; showing {' and '.join(shown)}" if shown else ""))
    title_artist = ax.set_title(f"{heading}\n{subtitle}", fontsize=14, loc="left")

    max_node = max(H.nodes[n].get("articles", 1) for n in H) or 1
    nodes = sorted(H, key=lambda n: (H.nodes[n].get("articles", 0), n))
    crowd = min(1.0, math.sqrt(30 / len(H)))  # smaller discs when there are many
    sizes = {n: crowd * (90 + 1400 * math.sqrt(H.nodes[n].get("articles", 1) / max_node))
             for n in nodes}
    pos = spread(layout(H), {n: math.sqrt(sizes[n]) / 2 for n in nodes}, air=12.0)
    # (12 points of air around each disc leave a line of text between two neighbours)
    max_edge = max(d["articles"] for _, _, d in edges) or 1
    colours = {1: _COOP, -1: _CONFLICT, 0: _NEUTRAL}
    ax.add_collection(LineCollection(
        [(pos[u], pos[v]) for u, v, _ in edges],
        colors=[colours[d["sign"]] for _, _, d in edges],
        linewidths=[0.7 + 5.0 * math.sqrt(d["articles"] / max_edge) for _, _, d in edges],
        alpha=0.7, zorder=1))
    for i, n in enumerate(nodes):  # one artist per disc, so that each gets its SVG tooltip
        attrs = H.nodes[n]
        ax.scatter([pos[n][0]], [pos[n][1]], s=[sizes[n]],
                   c=[_KIND_COLOURS.get(attrs.get("kind"), _KIND_COLOURS["other"])],
                   edgecolors="white", linewidths=1.2, zorder=2, gid=f"{_TOOLTIP_GID}{i}",
                   label=_tooltip(n, attrs))

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

    freeze_layout(fig)  # labels are placed in pixels: the axes must not move afterwards
    wanted = [n for n in ranked if n in H][:max_labels]
    placed = place_labels(ax, [(pos[n], str(H.nodes[n].get("name") or n), math.sqrt(sizes[n]) / 2,
                                7 + 4 * crowd * math.sqrt(H.nodes[n].get("articles", 1) / max_node))
                               for n in wanted],
                          discs=[(pos[n], math.sqrt(sizes[n]) / 2 + 0.6) for n in nodes],
                          avoid=_furniture(fig, title_artist, ax.get_legend()))
    named = sum(1 for t in placed if t is not None)
    if named < len(H):  # in the strip _furniture keeps free of labels
        fig.text(0.005, 0.005, f"{named} of {len(H)} nodes named here; every name is in the "
                 f"SVG tooltips", ha="left", va="bottom", fontsize=10, color=_NEUTRAL)
    return fig


def _tooltip(node: str, attrs: dict) -> str:
    articles = attrs.get("articles", 0)
    return (f"{attrs.get('name') or node} ({node}): {articles} "
            f"article{'s' if articles != 1 else ''}")


def _furniture(fig: Figure, title, legend) -> list[tuple[float, float, float, float]]:
    """Pixel boxes labels must keep off: the title's strip, the legend, and a footer strip
    for the note on unnamed nodes."""
    renderer = fig.canvas.get_renderer()
    title_box = title.get_window_extent(renderer)
    footer = 14 * fig.dpi / 72
    return [(fig.bbox.x0, title_box.y0 - _LABEL_PAD, fig.bbox.x1, fig.bbox.y1),
            tuple(legend.get_window_extent(renderer).extents),
            (fig.bbox.x0, fig.bbox.y0, fig.bbox.x1, fig.bbox.y0 + footer)]


# Where a label may go around its disc, in order of preference: (direction x, y, ha, va).
_SPOTS = ((0, 1, "center", "bottom"), (0, -1, "center", "top"), (1, 0, "left", "center"),
          (-1, 0, "right", "center"), (0.71, 0.71, "left", "bottom"),
          (-0.71, 0.71, "right", "bottom"), (0.71, -0.71, "left", "top"),
          (-0.71, -0.71, "right", "top"))


def place_labels(ax, labels, discs, *, avoid=(), min_size: float = 6.5) -> list:
    """Name nodes without overlaps: each label goes to the first free spot around its disc.

    `labels` are (xy, text, disc radius in points, font size), most important first; `discs`
    are (xy, radius in points) of every disc drawn. A spot is free when the label's box
    (measured by the renderer) stays inside the axes and touches no placed label and no
    disc nor any of the `avoid` boxes (x0, y0, x1, y1 in pixels: title, legend); failing all
    spots, the label is tried once more in a smaller font, then left out.
    Greedy placement is what cartographic labelling does first; adjustText-style repulsion
    moves labels away from their nodes and does not guarantee that none overlap.
    Returns the Text of each label, or None where it was left out.
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    px = fig.dpi / 72.0
    area = fig.bbox  # labels may leave the axes, but not the figure
    taken = [tuple(box) for box in avoid]
    centres = [(ax.transData.transform(xy), r * px) for xy, r in discs]
    halo = [withStroke(linewidth=3, foreground="white")]
    result = []
    for xy, text, radius, size in labels:
        centre = ax.transData.transform(xy)
        artist = None
        # next to the disc first, then rings further out with a leader line, then smaller
        tries = [(fontsize, radius + 1.5 + far, far > 0)
                 for fontsize in dict.fromkeys((size, max(min_size, size - 2)))
                 for far in (0.0, *_FAR)]
        for fontsize, distance, leader in tries:
            artist = ax.annotate(text, xy, xytext=(0, 0), textcoords="offset points",
                                 ha="center", va="center", fontsize=fontsize, zorder=3,
                                 path_effects=halo, annotation_clip=False)
            box = artist.get_window_extent(renderer)
            w, h = box.width + 2 * _LABEL_PAD, box.height + 2 * _LABEL_PAD
            spot = _free_spot(centre, distance * px, w, h, area, taken, centres)
            artist.remove()
            artist = None
            if spot is None:
                continue
            (dx, dy, ha, va), rect = spot
            arrow = ({"arrowstyle": "-", "color": _NEUTRAL, "lw": 0.7, "shrinkA": 0,
                      "shrinkB": radius + 1} if leader else None)
            artist = ax.annotate(text, xy, xytext=(dx * distance, dy * distance),
                                 textcoords="offset points", ha=ha, va=va, fontsize=fontsize,
                                 zorder=3, path_effects=halo, annotation_clip=False,
                                 arrowprops=arrow)
            taken.append(rect)
            break
        result.append(artist)
    return result


def _free_spot(centre, gap, w, h, area, taken, discs):
    """The first spot of _SPOTS whose box (x0, y0, x1, y1) fits, with that box; or None."""
    for spot in _SPOTS:
        dx, dy, ha, va = spot
        ax_, ay_ = centre[0] + dx * gap, centre[1] + dy * gap
        x0 = ax_ - {"left": 0.0, "center": w / 2, "right": w}[ha]
        y0 = ay_ - {"bottom": 0.0, "center": h / 2, "top": h}[va]
        rect = (x0, y0, x0 + w, y0 + h)
        if rect[0] < area.x0 or rect[2] > area.x1 or rect[1] < area.y0 or rect[3] > area.y1:
            continue
        if any(rect[0] < o[2] and o[0] < rect[2] and rect[1] < o[3] and o[1] < rect[3]
               for o in taken):
            continue
        if any(_disc_meets_box(c, r, rect) for c, r in discs):
            continue
        return spot, rect
    return None


def _disc_meets_box(centre, radius, rect) -> bool:
    nearest_x = min(max(centre[0], rect[0]), rect[2])
    nearest_y = min(max(centre[1], rect[1]), rect[3])
    return (centre[0] - nearest_x) ** 2 + (centre[1] - nearest_y) ** 2 < radius ** 2
