"""Relations between actors, and the blocs they form over time (see docs/graph.md).

- `build`: event rows -> the signed relations graph (`build_graph`, `TYPE_WEIGHTS`);
- `blocs`: the blocs of each time window and who switches (`blocs`, `bloc_changes`);
- `output`: graphs and pictures to a path or a stream (`write_graph`, `draw_blocs`);
- `drawing` and `layout`: the pictures themselves, the only modules that need matplotlib.

Importing this package, `build` or `blocs` does not import matplotlib: a server that
serves graphs and blocs as data never loads it. Note that `newsgraph.graph.blocs` here is
the function; the module is reached with `from newsgraph.graph.blocs import ...`.
"""
from __future__ import annotations

from .blocs import BlocChange, BlocWindow, bloc_changes, blocs
from .build import LEVELS, TYPE_WEIGHTS, build_graph
from .output import FORMATS, draw_blocs, write_graph

__all__ = [
    "TYPE_WEIGHTS", "LEVELS", "FORMATS", "BlocWindow", "BlocChange",
    "build_graph", "write_graph", "blocs", "bloc_changes", "draw_blocs",
]
