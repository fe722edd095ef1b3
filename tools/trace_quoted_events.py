"""Trace, over the TUNING parts of gold sets only, the gold events told inside reported words (stop
70, evquoted): their evidence overlaps a gold quote's span, direct, indirect or mixed.

    PYTHONPATH=src python tools/trace_quoted_events.py OUT.jsonl eval/press/press-mixed-c ...
    python tools/trace_quoted_events.py --report OUT.jsonl

Each line of OUT.jsonl is one such gold event: its set, article, gold type and pair, the quote's
type and speaker, its evidence, whether a prediction scores its pair (`found`), the predicted
events whose span overlaps the evidence (`near`: type, pair, flags), and the predicates read inside
the evidence (`reads`, by wrapping `component.read_predicate`: word, type, whether a frame found
both sides). The report groups them: found, wrong pair (a prediction over the evidence on another
pair), read-no-sides (a predicate read, no event), unread. Check parts are never read.
"""
from __future__ import annotations

import collections
import json
import sys


def trace(out_path: str, directories: list[str]) -> None:
    from newsgraph.evaluate.matching import event_side
    import newsgraph.nlp.events.component as component
    from event_trace_common import predicted_sides, tuning_articles

    reads: dict[str, list] = {}
    original = component.read_predicate

    def wrapped(resolver, token, predicate, table):
        found = original(resolver, token, predicate, table)
        reads.setdefault(token.doc.text[:80], []).append(dict(
            i=token.idx, w=token.text, t=predicate.type, ok=found is not None,
            head=token.head.text, dep=token.dep_, kids=[f"{c.text}/{c.dep_}" for c in token.children]))
        return found

    component.read_predicate = wrapped
    with open(out_path, "w", encoding="utf-8") as out:
        for name, gold, article in tuning_articles(directories):
            logged = reads.pop(article.text[:80], [])
            quotes = gold.get("quotes") or []
            predicted = predicted_sides(article)
            scored = {frozenset((a, b)) for _, a, b in predicted if a and b and a != b}
            for g in gold.get("events") or []:
                start, end = g.get("start") or 0, g.get("end") or 0
                inside = [q for q in quotes if q.get("start") is not None and q["start"] < end and start < q["end"]]
                if not inside:
                    continue
                q = inside[0]
                a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
                near = [dict(t=e.type, m=e.mode, a=e.actor.name, r=e.recipient.name, hyp=e.hypothetical,
                             fut=e.future, conf=round(e.confidence, 2), ev=article.text[e.start:e.end][:80])
                        for e, _, _ in predicted if e.start < end and start < e.end]
                out.write(json.dumps(dict(
                    set=name, id=gold.get("id"), gtype=g.get("type"), a1=g.get("actor1"), a2=g.get("actor2"),
                    qtype=q.get("type"), speaker=q.get("speaker"), cue=q.get("cue"),
                    found=bool(a and b and a != b and frozenset((a, b)) in scored), sides=[a, b],
                    ev=article.text[start:end][:300], quote=q.get("quote", "")[:300],
                    near=near, reads=[r for r in logged if start <= r["i"] < end]), ensure_ascii=False) + "\n")


def report(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    groups = collections.defaultdict(list)
    for r in rows:
        if r["found"]:
            groups["found"].append(r)
        elif r["near"]:
            groups["wrong-pair"].append(r)
        elif any(x["ok"] for x in r["reads"]):
            groups["read-filtered"].append(r)
        elif r["reads"]:
            groups["read-no-sides"].append(r)
        else:
            groups["unread"].append(r)
    print(len(rows), "gold events inside quotes:", {k: len(v) for k, v in groups.items()})
    for cause, items in groups.items():
        if cause == "found":
            continue
        print("=====", cause)
        for r in items:
            print(f"{r['set']} {r['id']} {r['gtype']} {r['a1']}->{r['a2']} [{r['qtype']} {r['speaker']}] | "
                  f"{r['ev'][:140]!r}")
            for n in r["near"]:
                print("    near", n["t"], n["a"], "->", n["r"], "hyp" if n["hyp"] else "", "fut" if n["fut"] else "", repr(n["ev"]))
            for x in r["reads"]:
                print("    read", x["w"], x["t"], x["ok"], x["dep"], "<", x["head"])


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2])
    else:
        trace(sys.argv[1], sys.argv[2:])
