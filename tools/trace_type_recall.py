"""Trace, over the TUNING parts of gold sets only, the gold events of some types (default: statement
and cooperate) and class each one by how the pipeline answered it (stop 71, evstmt).

    PYTHONPATH=src python tools/trace_type_recall.py OUT.jsonl eval/press/press-mixed-c ... [--types statement,cooperate]
    python tools/trace_type_recall.py --report OUT.jsonl [CLASS ...]

Classes, per gold event whose two sides the scorer resolves (`event_side`), else `unresolved`:
`found` (an event on its pair of a type in the gold type's quad classes, `GOLD_EVENT_QUADS`),
`pair-taken` (events on its pair, all of a type another gold event of the pair accepts: that one
took them, this one is a plain miss), `typed` (events on its pair of no accepted type: a statement
read as an attack), `other-pair` (a predicate read inside its evidence made an event, on another
pair), `read-no-pair` (a predicate read inside its evidence made no event), `no-read` (no predicate
read inside it). Matching is by pair and quad only, not one to one as the scorer does, so `found`
is an upper bound. Predicates are logged by wrapping `component.read_predicate`, at their offsets
in the parsed text, which may differ from the article's (a headline joined): the evidence is looked
up in the parsed text, as `trace_missed_events` does. Check parts are never read:
`gold_sets(directory, "tuning")`.
"""
from __future__ import annotations

import collections
import json
import sys


def trace(out_path: str, directories: list[str], types: set[str]) -> None:
    from event_trace_common import predicted_sides, tuning_articles
    import newsgraph.nlp.events.component as component
    from newsgraph.evaluate.matching import event_side
    from newsgraph.evaluate.scoring import GOLD_EVENT_QUADS
    from newsgraph.model import QUAD_OF

    reads: dict[str, list] = {}
    texts: dict[str, str] = {}
    original = component.read_predicate

    def wrapped(resolver, token, predicate, table):
        found = original(resolver, token, predicate, table)
        key = token.doc.text[:80]
        texts.setdefault(key, token.doc.text)
        reads.setdefault(key, []).append(dict(i=token.idx, w=token.text, l=token.lemma_, t=predicate.type,
                                              ok=found is not None))
        return found

    component.read_predicate = wrapped
    with open(out_path, "w", encoding="utf-8") as out:
        for name, gold, article in tuning_articles(directories):
            key = article.text[:80]
            logged, doc_text = reads.pop(key, []), texts.pop(key, article.text)
            events = gold.get("events") or []
            pairs = [frozenset((event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))))
                     for g in events]
            by_pair = collections.defaultdict(list)
            for e, a, b in predicted_sides(article):
                if a and b and a != b:
                    by_pair[frozenset((a, b))].append(e.type)
            for k, (g, pair) in enumerate(zip(events, pairs)):
                if g.get("type") not in types:
                    continue
                row = dict(set=name, id=gold.get("id"), gtype=g.get("type"), a1=g.get("actor1"), a2=g.get("actor2"))
                start, end = g.get("start") or 0, g.get("end") or 0
                evidence = article.text[start:end]
                at = doc_text.find(evidence) if evidence else -1
                lo, hi = (at, at + len(evidence)) if at >= 0 else (start, end)
                inside = [r for r in logged if lo <= r["i"] < hi]
                predicted = by_pair.get(pair, [])
                accepted = GOLD_EVENT_QUADS.get(g.get("type"), set())
                others = [GOLD_EVENT_QUADS.get(o.get("type"), set()) for j, o in enumerate(events)
                          if j != k and pairs[j] == pair]
                if len(pair) < 2 or None in pair:
                    cls = "unresolved"
                elif any(QUAD_OF.get(t) in accepted for t in predicted):
                    cls = "found"
                elif predicted and all(any(QUAD_OF.get(t) in quads for quads in others) for t in predicted):
                    cls = "pair-taken"
                elif predicted:
                    cls = "typed"
                elif any(r["ok"] for r in inside):
                    cls = "other-pair"
                else:
                    cls = "read-no-pair" if inside else "no-read"
                out.write(json.dumps(dict(row, cls=cls, ev=evidence[:300], predicted=predicted, reads=inside),
                                     ensure_ascii=False) + "\n")


def report(path: str, classes: list[str]) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    counts = collections.Counter((r["gtype"], r["cls"]) for r in rows)
    sets = collections.defaultdict(set)
    for r in rows:
        sets[r["gtype"], r["cls"]].add(r["set"])
    for key in sorted(counts):
        print(*key, counts[key], f"({len(sets[key])} sets)")
    lemmas = collections.Counter()
    lemma_sets = collections.defaultdict(set)
    for r in rows:
        if r["cls"] in ("other-pair", "read-no-pair"):
            for lemma in {f"{x['l']}/{x['t']}" for x in r["reads"]}:
                lemmas[r["gtype"], r["cls"], lemma] += 1
                lemma_sets[r["gtype"], r["cls"], lemma].add(r["set"])
    print("===== predicates read in missed evidence")
    for key, n in lemmas.most_common(30):
        print(*key, n, f"({len(lemma_sets[key])} sets)")
    for cls in classes:
        print("=====", cls)
        for r in rows:
            if r["cls"] == cls:
                print(r["set"], r["id"], r["gtype"], r["a1"], "->", r["a2"], "|", r["ev"][:130].replace("\n", " "),
                      "||", r["predicted"], " ".join(f"{x['w']}:{x['t']}" for x in r["reads"]))


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2], sys.argv[3:])
    else:
        args = sys.argv[2:]
        wanted = {"statement", "cooperate"}
        if "--types" in args:
            at = args.index("--types")
            wanted = set(args[at + 1].split(","))
            args = args[:at] + args[at + 2:]
        trace(sys.argv[1], args, wanted)
