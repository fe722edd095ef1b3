"""Trace, over the TUNING parts only, the gold attacks and sanctions with no prediction on their pair
whose evidence holds an ASSAULT or SANCTION predicate read without a pair, and say where the gold's
missing side is written: in the act noun's own phrase, its clause, its sentence, the sentence before,
or nowhere among the article's actor mentions (stop 71, evattack).

    PYTHONPATH=src:tools python tools/trace_attack_sides.py OUT.jsonl eval/press/press-mixed-c ...
    python tools/trace_attack_sides.py --report OUT.jsonl
"""
from __future__ import annotations

import collections
import json
import sys

TYPES = {"attack": "ASSAULT", "sanction": "SANCTION"}


def trace(out_path: str, directories: list[str]) -> None:
    from newsgraph.evaluate.matching import event_side
    from event_trace_common import predicted_sides, tuning_articles
    import newsgraph.nlp.events.component as component
    from newsgraph.nlp.events.slots import read_slot

    reads: dict[str, list] = {}
    original = component.read_predicate

    def wrapped(resolver, token, predicate, table):
        found = original(resolver, token, predicate, table)
        if found is None and predicate.type in TYPES.values():
            doc = token.doc
            actors, _ = read_slot(resolver, token, predicate, "actor", table)
            recips, between = read_slot(resolver, token, predicate, "recipient", table)
            sub = list(token.subtree)
            head = token.head
            while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head is not head:
                head = head.head
            clause = list(head.subtree)
            sent = token.sent
            prev = doc[sent.start - 1].sent if sent.start > 0 else None
            reads.setdefault(doc.text[:80], []).append(dict(
                w=token.text, pos=predicate.pos, t=predicate.type, np=doc.text[sub[0].idx:sub[-1].idx + len(sub[-1])],
                clause=doc.text[clause[0].idx:clause[-1].idx + len(clause[-1])], sent=sent.text,
                prev=prev.text if prev is not None else "",
                actors=[(a.name, a.country) for a in actors], recips=[(a.name, a.country) for a in recips + between]))
        return found

    component.read_predicate = wrapped
    with open(out_path, "w", encoding="utf-8") as out:
        for name, gold, article in tuning_articles(directories):
            logged = reads.pop(article.text[:80], None) or []
            scored = {frozenset((a, b)) for _, a, b in predicted_sides(article) if a and b and a != b}
            spots = collections.defaultdict(list)
            for actor in article.actors:
                side = event_side(article, actor_id=actor.id)
                spots[side] += [tuple(m) for m in actor.mentions]
            for g in gold.get("events") or []:
                if g.get("type") not in TYPES:
                    continue
                a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
                if not (a and b and a != b) or frozenset((a, b)) in scored:
                    continue
                start, end = g.get("start") or 0, g.get("end") or 0
                evidence = article.text[start:end]
                flat = " ".join(evidence.split())
                hits = [r for r in logged if r["t"] == TYPES[g["type"]] and r["w"] in evidence and
                        any(part and part in " ".join(r["sent"].split()) for part in (flat[:30], flat[-30:]))]
                row = dict(set=name, id=gold.get("id"), gtype=g["type"], a=a, b=b, ev=evidence[:300])
                if hits:
                    r = hits[0]
                    row.update(w=r["w"], pos=r["pos"], np=r["np"][:200], actors=r["actors"], recips=r["recips"])
                    where = {}
                    for side in (a, b):
                        texts = {" ".join(article.text[s:e].split()) for s, e in spots.get(side, [])}

                        def inside(span, texts=texts):
                            span = " ".join(span.split())
                            return any(t and t in span for t in texts)
                        where[side] = ("np" if inside(r["np"]) else "clause" if inside(r["clause"]) else
                                       "sentence" if inside(r["sent"]) else "previous" if inside(r["prev"]) else
                                       "article" if texts else "nowhere")
                    row["where"] = where
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def report(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    read = [r for r in rows if "w" in r]
    print(f"{len(rows)} missed attacks/sanctions, {len(read)} with a listed predicate read and no pair")
    counts = collections.Counter()
    for r in read:
        got = {c for _, c in r["actors"]} | {n for n, _ in r["actors"]}
        gotr = {c for _, c in r["recips"]} | {n for n, _ in r["recips"]}
        missing = "both" if not r["actors"] and not r["recips"] else "target" if not r["recips"] else \
            "author" if not r["actors"] else "pair"
        side = r["b"] if missing == "target" else r["a"] if missing == "author" else None
        where = r["where"].get(side, "-") if side else "/".join(r["where"].values())
        counts[(r["gtype"], missing, where)] += 1
        print(r["gtype"], missing, where, "|", r["a"], "->", r["b"], "|", r["w"], "|", r["np"][:110].replace("\n", " "),
              "| A:", r["actors"][:2], "R:", r["recips"][:2])
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(v, *k)


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2])
    else:
        trace(sys.argv[1], sys.argv[2:])
