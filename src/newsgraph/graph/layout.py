"""Where to put the nodes of a relations graph: ForceAtlas2 per component, discs kept apart.

Numpy and networkx only (no matplotlib), seeded: the same graph always gets the same layout.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

from .build import SEED

def layout(H: nx.Graph) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 (LinLog) per connected component, components packed in rows, largest first.

    LinLog attraction separates clusters better than Fruchterman-Reingold, and cooperation
    pulls twenty times harder than conflict, so blocs sit apart. (FA2's overlap prevention is
    left off: on a synthetic three-camp world it undid the separation.) Laying out components
    separately stops small ones from flinging the big one into a corner. Numpy only, seeded.
    """
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
            raw = nx.forceatlas2_layout(L, weight="w", linlog=True, max_iter=500, seed=SEED)
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


def spread(pos: dict[str, tuple[float, float]], radii: dict[str, float],
           page: tuple[float, float] = (680.0, 620.0), rounds: int = 200,
           air: float = 6.0) -> dict:
    """Push overlapping discs apart; radii and `air` are in points, `page` the plot area.

    Layouts place centres, not discs: a tight bloc of big nodes would hide members behind
    each other. `air` is kept free around each disc (room for a name). The points-per-unit
    scale is re-read each round as the layout grows.
    """
    nodes = sorted(pos)
    if len(nodes) < 2:
        return pos
    P = np.array([pos[n] for n in nodes], dtype=float)
    R = np.array([radii[n] for n in nodes]) + air
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
