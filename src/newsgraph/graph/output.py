"""Graphs and pictures to a file or a stream: GraphML, GEXF, JSON, SVG, PNG.

A path gets the file; a binary stream (an open file, `io.BytesIO`, a server response body)
gets the bytes; a text stream gets the text of the text formats (`sys.stdout` gets the bytes
through its buffer). Everything is rendered in memory first, so a failure never leaves half
a file. matplotlib is imported only when a picture is asked for.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import IO, Any, Union

import networkx as nx

from ..errors import UsageError
from .blocs import BlocWindow

__all__ = ["FORMATS", "PICTURE_FORMATS", "write_graph", "draw_blocs"]

FORMATS = ("graphml", "gexf", "json", "svg", "png")
PICTURE_FORMATS = ("svg", "png")

Target = Union[str, os.PathLike, IO[Any]]


def write_graph(G: nx.Graph, target: Target, fmt: str | None = None, *,
                title: str | None = None, max_nodes: int = 80, max_edges: int = 300,
                max_labels: int = 50) -> Path | IO[Any]:
    """Write G as graphml, gexf, json (node-link), svg or png to a path or a stream.

    `fmt` defaults to the suffix of the path (or of the stream's `name`). GraphML and GEXF
    only hold scalars, so the `counts`/`directed` dicts are left out there (their flat `n_*`
    twins stay); JSON keeps everything. Drawings show the `max_nodes` actors in the most
    articles, the `max_edges` edges between them in the most articles, and name the
    `max_labels` most cited. Returns the path written, or the stream.
    """
    fmt = _format(target, fmt, FORMATS, "write_graph(G, 'out/graph.gexf')")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_scalars_only(G), buffer)
    elif fmt == "gexf":
        H = _scalars_only(G)
        for node, attrs in H.nodes(data=True):
            attrs["label"] = attrs.get("name", node)
        nx.write_gexf(H, buffer)
    elif fmt == "json":
        data = nx.node_link_data(G, edges="edges")
        buffer.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
                     .encode("utf-8"))
    else:
        from .drawing import graph_figure, render  # matplotlib only when a picture is asked for

        buffer.write(render(graph_figure(G, title=title, max_nodes=max_nodes,
                                         max_edges=max_edges, max_labels=max_labels), fmt))
    return _deliver(buffer.getvalue(), target, fmt)


def draw_blocs(windows: list[BlocWindow], target: Target, fmt: str | None = None, *,
               max_actors: int = 60, max_columns: int = 80,
               title: str | None = None) -> Path | IO[Any]:
    """One picture of blocs over time (svg or png) to a path or a stream.

    Runs of windows without events are merged into one column; a picture that would still
    need more than `max_columns` columns raises UsageError naming a longer window to use
    (see `newsgraph.graph.timeline`). Nothing is written then.
    """
    fmt = _format(target, fmt, PICTURE_FORMATS, "draw_blocs(windows, 'out/blocs.png')")
    from .drawing import render  # matplotlib only when a picture is asked for
    from .timeline import blocs_figure

    figure = blocs_figure(windows, max_actors=max_actors, max_columns=max_columns, title=title)
    return _deliver(render(figure, fmt), target, fmt)


def _format(target: Target, fmt: str | None, allowed: tuple[str, ...], example: str) -> str:
    """The output format: `fmt`, else the suffix of the path or of the stream's name."""
    if fmt is None:
        if isinstance(target, (str, os.PathLike)):
            name = os.fspath(target)
        else:
            name = getattr(target, "name", None)
            if not isinstance(name, str):
                raise UsageError(f"say which format to write to a stream: fmt= one of "
                                 f"{', '.join(allowed)}")
        fmt = Path(name).suffix.lstrip(".")
    fmt = str(fmt).lower()
    if fmt not in allowed:
        raise UsageError(f"cannot write {fmt!r}; use one of {', '.join(allowed)} (e.g. {example})")
    return fmt


def _deliver(data: bytes, target: Target, fmt: str) -> Path | IO[Any]:
    """Write the rendered bytes to a path, a binary stream or a text stream, in one call."""
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        path.write_bytes(data)
        return path
    if not callable(getattr(target, "write", None)):
        raise UsageError(f"cannot write to {type(target).__name__}: give a path or a "
                         f"writable stream")
    binary = getattr(target, "buffer", None)
    if isinstance(target, io.TextIOBase) and binary is not None:
        target.flush()  # keep the order of what was already printed
        binary.write(data)
        binary.flush()
    elif isinstance(target, io.TextIOBase):
        if fmt == "png":
            raise UsageError("png is binary: write it to a path or a binary stream "
                             "(e.g. io.BytesIO), not a text stream")
        target.write(data.decode("utf-8"))
    else:
        target.write(data)
    return target


def _scalars_only(G: nx.Graph) -> nx.Graph:
    """A copy keeping only str/int/float/bool attributes (what GraphML and GEXF can hold)."""
    def keep(attrs):
        return {k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool))}
    H = nx.Graph(**keep(G.graph))
    H.add_nodes_from((n, keep(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, keep(d)) for u, v, d in G.edges(data=True))
    return H
