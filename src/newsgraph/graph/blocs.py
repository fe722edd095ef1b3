"""Blocs over time: the signed relations graph of each calendar window split into blocs.

`blocs` cuts time into calendar windows and partitions each window's graph so that
cooperation attracts and conflict repels (Louvain on cooperation, then local moves against
frustration); `bloc_changes` follows each bloc from one window to the next and reports the
actors that switch. Pure library code: no SQL, no matplotlib; deterministic (fixed seed).
The method is described in docs/graph.md.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping

import networkx as nx

from ..errors import UsageError
from ..gazetteer import Gazetteer
from .build import SEED, build_graph, check_level, to_day

__all__ = ["BlocWindow", "BlocChange", "blocs", "bloc_changes", "bloc_tracks", "parse_window",
           "window_start", "window_end"]

_WINDOW_RE = re.compile(r"^\s*(\d+)\s*([DWMY])\s*$", re.IGNORECASE)
_EPOCH = date(1970, 1, 1)
_EPOCH_MONDAY = date(1970, 1, 5)  # ISO weeks start on Mondays
# Longest window of each unit: 100 years, far beyond any archive, and dates stay in range.
_MAX_COUNT = {"D": 36_525, "W": 5_218, "M": 1_200, "Y": 100}
_UNIT_NAMES = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}

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

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what `newsgraph blocs --format json` prints per window)."""
        return {"start": self.start, "end": self.end, "label": self.label,
                "events": self.n_events, "articles": self.n_articles,
                "frustration": self.frustration, "frustration_ratio": self.frustration_ratio,
                "blocs": [[{"id": m, "name": self.names.get(m, m)} for m in members]
                          for members in self.blocs]}

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

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what `newsgraph blocs --format json` prints per change)."""
        return {"actor": self.actor, "name": self.name, "before": self.before,
                "after": self.after, "from": list(self.from_bloc), "to": list(self.to_bloc)}


def blocs(rows: Iterable[Mapping[str, Any]], *, window: str = "6M", level: str = "countries",
          since: Any = None, until: Any = None, include_uncertain: bool = False,
          seed: int = SEED, gazetteer: Gazetteer | None = None) -> list[BlocWindow]:
    """Blocs per calendar window: Louvain on cooperation, then local moves against frustration.

    Windows ('30D', '2W', '3M', '6M', '1Y') are aligned to calendar starts (months from
    January, years on January 1, weeks on Mondays, days from 1970-01-01) and run from the
    first to the last dated event, empty windows included. Undated events are left out.
    `gazetteer` names the countries only reached through their people (see build_graph).
    """
    check_level(level)
    n, unit = parse_window(window)
    since_d, until_d = to_day(since, "since"), to_day(until, "until")
    buckets: dict[date, list] = defaultdict(list)
    anchor = date.fromisoformat(since_d) if since_d and unit == "D" else _EPOCH
    for row in rows:
        day = to_day(row.get("published"), "published")
        if day is None or (since_d and day < since_d) or (until_d and day > until_d):
            continue
        buckets[window_start(date.fromisoformat(day), n, unit, anchor)].append(row)
    if not buckets:
        return []
    first = window_start(date.fromisoformat(since_d), n, unit, anchor) if since_d else min(buckets)
    last = date.fromisoformat(until_d) if until_d else max(buckets)

    windows = []
    start = first
    while start <= last:
        end = window_end(start, n, unit)
        lo = max(start.isoformat(), since_d) if since_d else start.isoformat()
        hi = min(end.isoformat(), until_d) if until_d else end.isoformat()
        G = build_graph(buckets.get(start, ()), since=lo, until=hi, level=level,
                        include_uncertain=include_uncertain, gazetteer=gazetteer)
        parts = _signed_partition(G, seed)
        frustration, total = _frustration(G, parts)
        windows.append(BlocWindow(
            start=lo, end=hi, label=_window_label(start, end, n, unit),
            blocs=[sorted(p) for p in parts], frustration=round(frustration, 3),
            frustration_ratio=round(frustration / total, 3) if total else 0.0,
            n_events=G.graph["n_events"], n_articles=G.graph["n_articles"],
            level=level, window=window.strip().upper(),
            names={v: str(G.nodes[v].get("name") or v) for v in G}, graph=G))
        if end == date.max:  # the calendar ends here (year 9999)
            break
        start = end + timedelta(days=1)
    return windows


def parse_window(spec: str) -> tuple[int, str]:
    """(count, unit) of a window such as '30D', '2W', '6M' or '1Y'; at most 100 years."""
    match = _WINDOW_RE.match(str(spec))
    if not match or int(match.group(1)) < 1:
        raise UsageError(f"window must be a count and a unit D, W, M or Y "
                         f"(e.g. '30D', '3M', '6M', '1Y'), not {spec!r}")
    n, unit = int(match.group(1)), match.group(2).upper()
    if n > _MAX_COUNT[unit]:
        raise UsageError(f"window {spec.strip()!r} is too long: a window is 1 to "
                         f"{_MAX_COUNT[unit]:,} {_UNIT_NAMES[unit]} (100 years at most), "
                         f"e.g. '30D', '3M', '6M', '1Y'")
    return n, unit


def window_start(day: date, n: int, unit: str, anchor: date = _EPOCH) -> date:
    """The first day of the calendar window holding `day` (day windows count from `anchor`)."""
    if unit == "M":  # month index since year 0, so 3M gives quarters and 6M halves
        index = (day.year * 12 + day.month - 1) // n * n
        return date(max(index // 12, 1), index % 12 + 1, 1)
    if unit == "Y":
        return date(max(day.year // n * n, 1), 1, 1)
    origin = _EPOCH_MONDAY if unit == "W" else anchor
    span = 7 * n if unit == "W" else n
    ordinal = origin.toordinal() + (day - origin).days // span * span
    return date.fromordinal(max(ordinal, 1))  # the calendar starts on 0001-01-01


def window_end(start: date, n: int, unit: str) -> date:
    """The last day of the window starting on `start`; the calendar ends on 9999-12-31."""
    if unit == "M":
        index = start.year * 12 + start.month - 1 + n
        year, month = index // 12, index % 12 + 1
    elif unit == "Y":
        year, month = start.year + n, 1
    else:
        ordinal = start.toordinal() + (7 * n if unit == "W" else n)
        return date.fromordinal(min(ordinal, date.max.toordinal() + 1) - 1)
    if year > date.max.year:
        return date.max
    return date(year, month, 1) - timedelta(days=1)


def _window_label(start: date, end: date, n: int, unit: str) -> str:
    if unit == "Y":
        return str(start.year) if n == 1 else f"{start.year}–{end.year}"
    if unit == "M":
        if n == 1:
            return f"{start:%Y-%m}"
        if n == 3:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if n == 6:
            return f"{start.year}-H{start.month // 6 + 1}"
        if n == 12:
            return str(start.year)
        return f"{start:%Y-%m}–{end:%Y-%m}"
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


def bloc_tracks(windows: list[BlocWindow]) -> list[list[int]]:
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
    for w_index, (window, track_ids) in enumerate(zip(windows, bloc_tracks(windows))):
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
