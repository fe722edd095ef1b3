"""The picture of blocs over time: a row per actor, a column per window, a colour per bloc.

A picture must stay readable whatever the window: runs of windows without events are merged
into one hatched column, tick labels are thinned until they do not touch, and a picture that
would still need more than `max_columns` columns is refused with the advice of a longer
window (a thousand one-day columns are a black smear, not a picture).
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import NamedTuple

from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ..errors import UsageError
from .blocs import BlocWindow, bloc_tracks, parse_window, window_end, window_start
from .drawing import freeze_layout, new_figure, placeholder

__all__ = ["blocs_figure", "MAX_COLUMNS"]

MAX_COLUMNS = 80  # about 0.3 inch a column on the widest picture: cells and dots still show
# Bloc colours: colour-blind friendly first (Okabe-Ito), then tab20-like fillers.
_BLOC_COLOURS = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
    "#8c564b", "#7f7f7f", "#17becf", "#bcbd22", "#9467bd", "#1f77b4", "#ff7f0e",
    "#2ca02c", "#d62728", "#e377c2", "#aec7e8", "#ffbb78", "#98df8a",
)
_ALONE, _ABSENT, _GAP = "#dee2e6", "#ffffff", "#adb5bd"
# Longer windows to suggest when a picture has too many columns, shortest first.
_LONGER = ("1W", "2W", "1M", "3M", "6M", "1Y", "2Y", "5Y", "10Y", "25Y", "100Y")
_DAYS = {"D": 1, "W": 7, "M": 30.44, "Y": 365.25}


class Column(NamedTuple):
    """One column of the picture: a window with events, or a run of windows without."""
    first: int      # index in the windows of the first window it covers
    last: int       # ... and of the last (first == last for a window with events)
    empty: bool


def columns_of(windows: list[BlocWindow]) -> list[Column]:
    """A column per window with events; each run of windows without events is one column."""
    columns: list[Column] = []
    for i, window in enumerate(windows):
        if window.n_events == 0 and columns and columns[-1].empty:
            columns[-1] = columns[-1]._replace(last=i)
        else:
            columns.append(Column(i, i, window.n_events == 0))
    return columns


def blocs_figure(windows: list[BlocWindow], *, max_actors: int = 60,
                 max_columns: int = MAX_COLUMNS, max_legend: int = 20,
                 title: str | None = None) -> Figure:
    """Blocs over time: a row per actor, a column per window, a colour per bloc.

    Colours follow the bloc tracks of `bloc_changes`, so a bloc keeps its colour from one
    window to the next; a dot marks a switch. Shows the `max_actors` actors most often in a
    bloc, and names in the legend the `max_legend` blocs that fill the most cells. Raises UsageError, with a longer window to try, when more than `max_columns`
    columns would be needed.
    """
    columns = columns_of(windows)
    if len(columns) > max_columns:
        raise UsageError(_too_many_columns(windows, columns, max_columns))
    tracks = bloc_tracks(windows)
    cell: dict[tuple[str, int], int] = {}       # (actor, column) -> track
    size: dict[tuple[str, int], int] = {}
    names: dict[str, str] = {}
    for col, column in enumerate(columns):
        if column.empty:
            continue
        window, ids = windows[column.first], tracks[column.first]
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

    n_rows, n_cols = len(actors), len(columns)
    fig = new_figure(7.5 + min(0.75 * max(n_cols, 1), max(22.5, 0.3 * n_cols)),
                     min(2.0 + 0.3 * max(n_rows, 4), 40))
    ax = fig.add_subplot()
    level = windows[0].level if windows else "countries"
    spec = windows[0].window if windows else ""
    span = f"{windows[0].start} → {windows[-1].end}" if windows else "no dated events"
    merged = len(columns) < len(windows)
    ax.set_title(title or f"Blocs of {level} over time\n{spec} windows, {span}"
                 + (f" ({len(windows):,} windows, runs without events merged)" if merged else ""),
                 fontsize=13, loc="left")
    if not actors:
        placeholder(ax, "No blocs to draw:\nno two-sided dated event matched the filters.")
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
    for col, column in enumerate(columns):
        if column.empty:
            ax.add_patch(Rectangle((col - 0.5, -0.5), 1, n_rows, facecolor="none", hatch="///",
                                   edgecolor=_GAP, linewidth=0, zorder=2))
    rotate = n_cols > 6
    labels = [_column_label(windows, c) for c in columns]
    ax.set_xticks(range(n_cols), labels, rotation=90 if n_cols > 24 else 45 if rotate else 0,
                  ha="right" if rotate and n_cols <= 24 else "center",
                  rotation_mode="anchor" if rotate and n_cols <= 24 else "default",
                  fontsize=9 if n_cols <= 40 else 8)
    for label, column in zip(ax.get_xticklabels(), columns):
        if column.empty:
            label.set_color(_GAP)
            label.set_fontstyle("italic")
    ax.set_yticks(range(n_rows), [names.get(a, a) for a in actors], fontsize=9)
    ax.set_xticks([c - 0.5 for c in range(1, n_cols)], minor=True)
    ax.set_yticks([r - 0.5 for r in range(1, n_rows)], minor=True)
    column_px = fig.get_figwidth() * fig.dpi * 0.7 / n_cols  # the grid is ~70% of the width
    ax.grid(which="minor", color="white", linewidth=min(1.5, column_px / 12))
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if switches:
        ax.scatter([c for c, _ in switches], [r for _, r in switches],
                   s=min(28, (column_px * 0.5) ** 2), c="black", zorder=3)

    handles = []
    # the legend names the blocs that fill the most cells; a long legend would crush the grid
    cells = Counter(t for (a, col), t in cell.items() if size[a, col] > 1)
    listed = sorted(sorted(shared, key=lambda t: (-cells[t], t))[:max_legend])
    for track in listed:
        members = Counter(a for (a, col), t in cell.items() if t == track and size[a, col] > 1)
        top = [names.get(a, a) for a, _ in sorted(members.items(), key=lambda kv: (-kv[1], kv[0]))]
        more = f" +{len(top) - 3}" if len(top) > 3 else ""
        handles.append(Patch(color=palette[track], label=", ".join(top[:3]) + more))
    if len(shared) > len(listed):
        handles.append(Patch(facecolor="white", edgecolor="white",
                             label=f"… {len(shared) - len(listed)} smaller or shorter blocs"))
    handles += [Patch(facecolor=_ALONE, label="alone (bloc of one)"),
                Patch(facecolor=_ABSENT, edgecolor="#adb5bd", label="absent")]
    if merged or any(c.empty for c in columns):
        handles.append(Patch(facecolor="white", edgecolor=_GAP, hatch="///",
                             label="no events (a run of windows)"))
    handles.append(Line2D([], [], ls="", marker="o", color="black", label="switched bloc"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              title="blocs (most frequent members)", alignment="left", fontsize=9)
    freeze_layout(fig)
    _thin_ticks(ax)
    return fig


def _column_label(windows: list[BlocWindow], column: Column) -> str:
    if column.first == column.last:
        return windows[column.first].label
    return f"{windows[column.first].label} … {windows[column.last].label}"


def _thin_ticks(ax) -> None:
    """Hide tick labels, keeping every k-th, until no two of them touch (renderer boxes)."""
    renderer = ax.figure.canvas.get_renderer()
    labels = ax.get_xticklabels()
    boxes = [label.get_window_extent(renderer) for label in labels]
    step = 1
    while step < len(labels) and any(
            boxes[i].x1 + 2 > boxes[j].x0 and boxes[j].x1 + 2 > boxes[i].x0
            for i, j in zip(range(0, len(labels), step), range(step, len(labels), step))):
        step += 1
    for i, label in enumerate(labels):
        label.set_visible(i % step == 0)


def _too_many_columns(windows: list[BlocWindow], columns: list[Column], limit: int) -> str:
    spec = windows[0].window
    busy = sum(1 for c in columns if not c.empty)
    advice = "a longer window"
    suggestion = _longer_window(windows, spec, limit)
    if suggestion:
        advice = f"a longer window such as {suggestion[0]} ({suggestion[1]} columns)"
    return (f"a picture of {spec} windows would need {len(columns):,} columns ({busy:,} windows "
            f"with events), more than the {limit} that stay readable: draw it with {advice}")


def _longer_window(windows: list[BlocWindow], spec: str, limit: int) -> tuple[str, int] | None:
    """The shortest standard window that fits in `limit` columns, and its column count."""
    n, unit = parse_window(spec)
    days = [date.fromisoformat(w.start) for w in windows if w.n_events]
    for candidate in _LONGER:
        m, cunit = parse_window(candidate)
        if m * _DAYS[cunit] <= n * _DAYS[unit]:
            continue
        starts = sorted({window_start(d, m, cunit) for d in days})
        gaps = sum(1 for a, b in zip(starts, starts[1:])
                   if window_end(a, m, cunit) + timedelta(days=1) != b)
        if len(starts) + gaps <= limit:
            return candidate, len(starts) + gaps
    return None
