"""The relations graph: event rows in, a signed `networkx.Graph` of who does what to whom out.

`build_graph` counts distinct articles per pair and per PLOVER type and scores each edge on a
cooperation (+) / conflict (-) scale. Pure library code: no SQL, no spaCy, no matplotlib, no
network; deterministic (sorted inputs). The method is described in docs/graph.md.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any, Iterable, Mapping

import networkx as nx

from ..errors import InputError, UsageError
from ..gazetteer import Gazetteer, load_gazetteer
from ..model import EVENT_TYPES, QUAD_CLASSES, QUAD_OF

__all__ = ["TYPE_WEIGHTS", "LEVELS", "build_graph"]

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
SEED = 7  # one seed for layouts and community detection: same rows, same pictures

def build_graph(rows: Iterable[Mapping[str, Any]], *, since: Any = None, until: Any = None,
                level: str = "actors", include_uncertain: bool = False,
                gazetteer: Gazetteer | None = None) -> nx.Graph:
    """The signed relations graph of the event rows: one node per actor, one edge per pair.

    Negated events are always skipped, hypothetical/future ones unless `include_uncertain`;
    `since`/`until` ('YYYY-MM-DD', inclusive) drop events outside the range and undated ones.
    Events without a resolved actor or recipient, or whose two sides map to the same node,
    give no edge. Counts are of distinct articles, never of repeated sentences.
    A country node that no row names (at the country level, one reached only through its
    people) takes its name from `gazetteer` (default: the built-in data); its ISO3 code
    stays in the `country` attribute.
    """
    check_level(level)
    since, until = to_day(since, "since"), to_day(until, "until")
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
        day = to_day(row.get("published"), "published")
        if day:
            days.append(day)
        n_events += 1

    G = nx.Graph(level=level, since=since, until=until, include_uncertain=include_uncertain,
                 first=min(days) if days else None, last=max(days) if days else None,
                 n_events=n_events,
                 n_articles=len(set().union(*pair_articles.values())) if pair_articles else 0)
    for node in sorted(node_articles):
        G.add_node(node, **_node_attrs(node, seen[node], gazetteer),
                   articles=len(node_articles[node]))
    for pair in sorted(per_type):
        G.add_edge(*pair, **_edge_attrs(pair, per_type[pair], per_direction[pair],
                                        len(pair_articles[pair])))
    return G


def check_level(level: str) -> None:
    if level not in LEVELS:
        raise UsageError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def to_day(value: Any, what: str) -> str | None:
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
        day = to_day(row.get("published"), "published")
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


def _node_attrs(node: str, seen: dict[str, Counter], gazetteer: Gazetteer | None
                ) -> dict[str, Any]:
    country = _most_common(seen.get("country", Counter()))
    name = _most_common(seen.get("name", Counter()))
    if name is None and node.startswith("country:"):
        # never named in the rows (a country reached only through its people): its name in
        # the gazetteer, read only when needed; the code is the last resort
        code = country or node.split(":", 1)[1]
        entry = (gazetteer or load_gazetteer()).country_by_iso3(code)
        name = entry.name_fr if entry else code
    if name is None:
        name = node.split(":", 1)[-1]
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
