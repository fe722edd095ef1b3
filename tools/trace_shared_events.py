"""Trace, over the TUNING parts of gold sets only, the gold events that share their evidence with
other gold events (lists, stars, mediation, summits), found or missed, grouped by cause (stop 70).

    PYTHONPATH=src python tools/trace_shared_events.py OUT.jsonl eval/press/press-mixed-c ...
    python tools/trace_shared_events.py --report OUT.jsonl [CAUSE ...]

Two gold events share their evidence when their spans overlap. Each line of OUT.jsonl is one such
event: set, article, type, pair, evidence, whether a prediction has its pair (`found`), and the pairs
predicted over its evidence (`near`). The report sorts them by the words of the evidence: `entre`
("entre X et Y"), `mediation` (égide, auspices, médiation, facilitation), `summit` (sommet, réunion,
conférence), `counted` ("les deux pays / parties"), `list` (a comma or "et" between the sides),
`other`; and within each, missed with a prediction on another pair over the evidence (`wrong-pair`)
or with none (`none`). Check parts are never read: `gold_sets(directory, "tuning")`.
"""
from __future__ import annotations

import collections
import json
import re
import sys

CAUSES = (("entre", re.compile(r"\bentre\b", re.I)),
          ("mediation", re.compile(r"égide|auspices|médiat|facilit|houlette|parrain", re.I)),
          ("summit", re.compile(r"sommet|réunion|conférence|réuni", re.I)),
          ("counted", re.compile(r"\bles (deux|trois|quatre) |toutes les parties|ses homologues", re.I)),
          ("list", re.compile(r",| et ")))


def trace(out_path: str, directories: list[str]) -> None:
    from newsgraph.evaluate.matching import event_side
    from event_trace_common import predicted_sides, tuning_articles

    with open(out_path, "w", encoding="utf-8") as out:
        for name, gold, article in tuning_articles(directories):
            events = gold.get("events") or []
            predicted = [(frozenset((a, b)), e.start or 0, e.end or 0, e.type)
                         for e, a, b in predicted_sides(article) if a and b and a != b]
            scored = {p for p, *_ in predicted}
            for k, g in enumerate(events):
                start, end = g.get("start") or 0, g.get("end") or 0
                shared = [h for j, h in enumerate(events) if j != k and (h.get("start") or 0) < end
                          and start < (h.get("end") or 0)]
                a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
                if not shared or not (a and b and a != b):
                    continue
                pair = frozenset((a, b))
                near = sorted({"-".join(sorted(p)) + ":" + t for p, s, e, t in predicted if s < end and start < e})
                out.write(json.dumps(dict(set=name, id=gold.get("id"), gtype=g.get("type"), pair=sorted(pair),
                                          found=pair in scored, ev=article.text[start:end][:300], near=near,
                                          others=len(shared)), ensure_ascii=False) + "\n")


def cause_of(row: dict) -> str:
    return next((name for name, pattern in CAUSES if pattern.search(row["ev"])), "other")


def report(path: str, causes: list[str]) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    groups = collections.defaultdict(list)
    for r in rows:
        groups[cause_of(r)].append(r)
    print(f"{len(rows)} gold events sharing evidence, {sum(r['found'] for r in rows)} found")
    for cause, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        missed = [r for r in items if not r["found"]]
        wrong = sum(bool(r["near"]) for r in missed)
        print(f"{cause:10} {len(items):4} found {len(items) - len(missed):4}  missed {len(missed):4}"
              f" (wrong-pair {wrong}, none {len(missed) - wrong}) sets {len({r['set'] for r in missed})}")
    for cause in causes:
        print("=====", cause)
        for r in groups[cause]:
            if not r["found"]:
                print(r["set"], r["id"], r["gtype"], r["pair"], "|", r["ev"][:150].replace("\n", " "),
                      "||", " ".join(r["near"])[:160])


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2], sys.argv[3:])
    else:
        trace(sys.argv[1], sys.argv[2:])
