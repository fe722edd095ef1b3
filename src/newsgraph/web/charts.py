"""SVG charts drawn on the server: an actor's timeline, the relations graph, blocs over time.

Plain SVG strings, so the pages need no charting library and nothing from a CDN; each mark
carries a <title> (its tooltip) and links to the page that holds its evidence. Layouts are
deterministic (fixed seed), so the same data always gives the same picture.
"""
from __future__ import annotations

import math
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

KIND_COLOURS = {"country": "#4c6ef5", "person": "#f59f00", "organization": "#7950f2",
                "media": "#15aabf", "group": "#e64980", "other": "#adb5bd"}
SERIES = (("articles", "#748ffc", "articles mentioning"), ("quotes", "#f08c00", "quotes"),
          ("events", "#2f9e44", "events"))
BLOC_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8c564b",
                "#17becf", "#bcbd22", "#9467bd", "#7f7f7f", "#e377c2")
LONE, ABSENT = "#dee2e6", "#ffffff"
FONT = 'font-family="system-ui, sans-serif"'


def idpath(value: str) -> str:
    """An id as one URL path segment (a slash in a user's article id stays inside the segment)."""
    return quote(str(value), safe=":")


def score_colour(score: float) -> str:
    """Conflict (-10) red, neutral grey, cooperation (+10) green, interpolated."""
    grey, red, green = (134, 142, 150), (201, 42, 42), (43, 138, 62)
    t = max(-1.0, min(1.0, score / 6.0))  # most dyads sit within ±6: saturate there
    end = green if t > 0 else red
    mix = [round(g + (e - g) * abs(t)) for g, e in zip(grey, end)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_svg(timeline: list[dict], actor_id: str, width: int = 760, height: int = 190) -> Markup:
    """Bars per month: articles mentioning the actor, their quotes, their events; each links to search."""
    if not timeline:
        return Markup('<p class="muted">No dated mention.</p>')
    months = _months(timeline[0]["month"], timeline[-1]["month"])
    if len(months) > 240:  # over 20 years: keep the last 20 rather than draw hairlines
        months = months[-240:]
    by_month = {row["month"]: row for row in timeline}
    top = max(1, max(max(row[s] for s, _, _ in SERIES) for row in timeline))
    left, right, above, below = 34, 10, 26, 28
    plot_w, plot_h = width - left - right, height - above - below
    slot = plot_w / len(months)
    bar = max(1.0, min(14.0, (slot - 2) / 3))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="timeline" {FONT}>']
    for k in range(3):  # light grid and the y scale
        value = round(top * k / 2)
        y = above + plot_h - plot_h * value / top
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e9ecef"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#868e96">{value}</text>')
    every = max(1, math.ceil(len(months) / 12))
    for i, month in enumerate(months):
        x0 = left + i * slot + (slot - 3 * bar) / 2
        row = by_month.get(month)
        if row:
            tip = escape(f"{month}: " + ", ".join(f"{row[s]} {label}" for s, _, label in SERIES))
            link = "/?" + urlencode({"actor": actor_id, "month": month})
            parts.append(f'<a href="{link}"><title>{tip}</title>')
            for j, (series, colour, _) in enumerate(SERIES):
                h = plot_h * row[series] / top
                parts.append(f'<rect x="{x0 + j * bar:.1f}" y="{above + plot_h - h:.1f}" width="{bar:.1f}" '
                             f'height="{max(h, 0):.1f}" fill="{colour}" rx="1"/>')
            parts.append("</a>")
        if i % every == 0:
            parts.append(f'<text x="{left + (i + 0.5) * slot:.1f}" y="{height - 10}" font-size="10" '
                         f'text-anchor="middle" fill="#495057">{month}</text>')
    x = left
    for series, colour, label in SERIES:  # legend
        parts.append(f'<rect x="{x}" y="6" width="10" height="10" fill="{colour}" rx="2"/>'
                     f'<text x="{x + 14}" y="15" font-size="11" fill="#343a40">{label}</text>')
        x += 22 + 7 * len(label)
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(name: str, most: int = 24) -> str:
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


def _unit_layout(G) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for one connected component (small ones drawn by hand: a line, a triangle)."""
    import networkx as nx

    nodes = sorted(G)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= 3:
        return {n: (math.cos(2 * math.pi * i / len(nodes) + math.pi), math.sin(2 * math.pi * i / len(nodes)) * 0.8)
                for i, n in enumerate(nodes)}
    pos = nx.spring_layout(G, seed=7, iterations=200, weight="weight", k=2.2 / math.sqrt(len(nodes)))
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1
    return {n: ((x - cx) / half, (y - cy) / half) for n, (x, y) in pos.items()}


def _pack(components: list[list[str]], width: int, unit: float) -> tuple[list[tuple[float, ...]], float]:
    """Shelf packing: each component gets a cell that grows with its size, row by row.

    Returns (x, y, cell width, cell height) per component and the total height. Separate
    components are drawn apart rather than in one force layout, which pushes them to the edges.
    """
    cells, x, y, row = [], 0.0, 0.0, 0.0
    for members in components:
        side = min(width, unit * (1.2 + math.sqrt(len(members))))
        tall = unit * 1.1 if len(members) <= 2 else side * 0.7
        if x + side > width + 1e-6:
            x, y, row = 0.0, y + row, 0.0
        cells.append((x, y, side, tall))
        x, row = x + side, max(row, tall)
    return cells, y + row


def _place_labels(nodes: list[dict], place: dict, radius: dict, width: float) -> dict[str, tuple[float, float, str]]:
    """Label positions (x, y, anchor): below, above, right or left of each node, the first that
    overlaps no label already placed nor any node; a label that fits nowhere is left to the tooltip.
    Nodes come most cited first, so they get the first choice."""
    boxes = [(x - radius[i], y - radius[i], x + radius[i], y + radius[i]) for i, (x, y) in place.items()]
    placed = {}
    for n in nodes:
        x, y = place[n["id"]]
        r, w, h = radius[n["id"]], 6.6 * len(_short(n["name"] or n["id"])), 13
        for lx, ly, anchor, box in (
                (x, y + r + 13, "middle", (x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h)),
                (x, y - r - 5, "middle", (x - w / 2, y - r - 4 - h, x + w / 2, y - r - 4)),
                (x + r + 4, y + 4, "start", (x + r + 3, y - h / 2, x + r + 3 + w, y + h / 2)),
                (x - r - 4, y + 4, "end", (x - r - 3 - w, y - h / 2, x - r - 3, y + h / 2))):
            inside = 0 <= box[0] and box[2] <= width
            if inside and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                placed[n["id"]] = (lx, ly, anchor)
                boxes.append(box)
                break
    return placed


def graph_svg(graph: dict, width: int = 1000, labels: int = 60) -> Markup:
    """The relations graph: node size by articles, edge colour from conflict to cooperation."""
    import networkx as nx

    nodes, edges = graph["nodes"], graph["edges"]
    if not nodes:
        return Markup('<p class="muted">No relation between resolved actors in this window.</p>')
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in nodes)
    G.add_edges_from((e["source"], e["target"], {"weight": 1 + math.log1p(e["articles"])}) for e in edges)
    info = {n["id"]: n for n in nodes}
    components = sorted((sorted(c) for c in nx.connected_components(G)),
                        key=lambda c: (-len(c), -sum(info[n]["articles"] for n in c), c[0]))
    cells, height = _pack(components, width, unit=110)
    place: dict[str, tuple[float, float]] = {}
    for members, (x, y, side, tall) in zip(components, cells):
        across, down = side / 2 - 50, tall / 2 - 28  # room for the labels around the nodes
        for node, (u, v) in _unit_layout(G.subgraph(members)).items():
            place[node] = (x + side / 2 + u * across, y + tall / 2 + v * down)
    top = max(n["articles"] for n in nodes) or 1
    radius = {n["id"]: 6 + 12 * math.sqrt(n["articles"] / top) for n in nodes}
    named = {n["id"] for n in sorted(nodes, key=lambda n: -n["articles"])[:labels]}
    parts = [f'<svg class="chart graph" viewBox="0 0 {width} {height:.0f}" role="img" aria-label="relations graph" {FONT}>']
    for e in sorted(edges, key=lambda e: e["articles"]):
        (x1, y1), (x2, y2) = place[e["source"]], place[e["target"]]
        counts = ", ".join(f"{k} {v}" for k, v in e["counts"].items() if k.isupper())
        tip = escape(f'{info[e["source"]]["name"]} — {info[e["target"]]["name"]}: score {e["score"]:+.1f} '
                     f'({counts}; {e["articles"]} article(s))')
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="{score_colour(e["score"])}" stroke-width="{2 + 2 * math.log1p(e["articles"]):.1f}" '
                     f'stroke-linecap="round"><title>{tip}</title></line>')
    labels_at = _place_labels([n for n in sorted(nodes, key=lambda n: -n["articles"]) if n["id"] in named],
                              place, radius, width)
    for n in sorted(nodes, key=lambda n: n["articles"]):
        x, y = place[n["id"]]
        tip = escape(f'{n["name"]} ({n["kind"]}{", " + n["country"] if n.get("country") else ""}): '
                     f'{n["articles"]} article(s)')
        parts.append(f'<a href="/actors/{idpath(n["id"])}" class="node"><title>{tip}</title>'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n["id"]]:.1f}" '
                     f'fill="{KIND_COLOURS.get(n["kind"] or "other", "#adb5bd")}" stroke="#fff" stroke-width="1.5"/>')
        if n["id"] in labels_at:
            lx, ly, anchor = labels_at[n["id"]]
            parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="12" text-anchor="{anchor}" '
                         f'class="label">{escape(_short(n["name"] or n["id"]))}</text>')
        parts.append("</a>")
    parts.append("</svg>")
    return Markup("".join(parts))


def bloc_tracks(windows: list[dict]) -> list[list[int]]:
    """A colour per bloc, kept across windows: a bloc takes the colour of the previous window's
    bloc it overlaps most (Jaccard), if that colour is still free; else a new one."""
    tracks, previous, fresh = [], [], 0
    for w in windows:
        ids, taken = [], set()
        for bloc in w["blocs"]:
            members = {m["id"] for m in bloc}
            best, best_overlap = None, 0.0
            for track, before in previous:
                overlap = len(members & before) / len(members | before)
                if overlap > best_overlap and track not in taken:
                    best, best_overlap = track, overlap
            if best is None:
                best, fresh = fresh, fresh + 1
            taken.add(best)
            ids.append(best)
        tracks.append(ids)
        previous = [(t, {m["id"] for m in b}) for t, b in zip(ids, w["blocs"]) if len(b) > 1]
    return tracks


def blocs_svg(history: dict, max_actors: int = 40) -> Markup:
    """Actors (rows) by windows (columns); a cell's colour is the actor's bloc in that window."""
    windows = [w for w in history["windows"] if w["events"]]
    if not windows:
        return Markup('<p class="muted">No event between resolved actors in this period.</p>')
    tracks = bloc_tracks(windows)
    seen: dict[str, list] = {}
    for col, (w, ids) in enumerate(zip(windows, tracks)):
        for bloc, track in zip(w["blocs"], ids):
            for m in bloc:
                seen.setdefault(m["id"], [m["name"], {}])[1][col] = (track if len(bloc) > 1 else None, bloc)
    actors = sorted(seen, key=lambda a: (-len(seen[a][1]), seen[a][0]))[:max_actors]
    cell, name_w, head = 28, 190, 70
    width, height = name_w + cell * len(windows) + 10, head + cell * len(actors) + 8
    parts = [f'<svg class="chart blocs" viewBox="0 0 {width} {height}" width="{width}" role="img" '
             f'aria-label="blocs over time" {FONT}>']
    every = max(1, math.ceil(len(windows) / 30))
    for col, w in enumerate(windows):
        if col % every == 0:
            x = name_w + col * cell + cell / 2
            parts.append(f'<text transform="translate({x:.1f},{head - 6}) rotate(-45)" font-size="10" '
                         f'fill="#495057">{escape(w["label"])}</text>')
    for row, actor in enumerate(actors):
        name, cells = seen[actor]
        y = head + row * cell
        parts.append(f'<a href="/actors/{idpath(actor)}"><text x="{name_w - 8}" y="{y + cell / 2 + 4:.1f}" '
                     f'font-size="12" text-anchor="end" fill="#212529">{escape(_short(name))}</text></a>')
        for col, w in enumerate(windows):
            track, bloc = cells.get(col, (None, None))
            colour = ABSENT if bloc is None else LONE if track is None else BLOC_COLOURS[track % len(BLOC_COLOURS)]
            tip = f'{name}, {w["label"]}: ' + ("absent" if bloc is None else "alone" if track is None else
                                                "with " + ", ".join(m["name"] for m in bloc if m["id"] != actor))
            parts.append(f'<rect x="{name_w + col * cell + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" '
                         f'rx="3" fill="{colour}" stroke="#e9ecef"><title>{escape(tip)}</title></rect>')
    parts.append("</svg>")
    return Markup("".join(parts))
