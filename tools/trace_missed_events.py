"""Trace, over the TUNING parts of gold sets only, the gold events with no prediction on their pair,
and group those whose evidence had no predicate read at all by cause (stop 69, evpred).

    PYTHONPATH=src python tools/trace_missed_events.py OUT.jsonl eval/press/press-mixed-c ...
    python tools/trace_missed_events.py --report OUT.jsonl [CAUSE ...]

Each line of OUT.jsonl is one missed gold event: its set, article, gold type, evidence, the
predicates read inside it (`reads`, by wrapping `component.read_predicate`) and the parser's tags of
its words (`toks`: text, lemma, pos, dep, head, the table keys its lemmas hit, the rows
`match_predicates` fits). The report sorts the events with no read into: `matched-not-read` (a row
fits a word but the sentence filter or a guard skipped it), `listed-pos-or-frame` (a lemma is listed,
but not for its tag or with its companions), `quote` (no listed word, a quotation mark in the
evidence), `missing` (no listed word), `untagged` (no predicate read anywhere in the article).
Check parts are never read: `gold_sets(directory, "tuning")`.
"""
from __future__ import annotations

import collections
import json
import sys


def trace(out_path: str, directories: list[str]) -> None:
    from newsgraph.evaluate.matching import event_side
    from event_trace_common import predicted_sides, tuning_articles
    import newsgraph.nlp.events.component as component
    from newsgraph.nlp.events.predicates import lemmas_of, match_predicates

    reads: dict[str, list] = {}
    tagged: dict[str, tuple[str, list]] = {}
    original = component.read_predicate

    def wrapped(resolver, token, predicate, table):
        found = original(resolver, token, predicate, table)
        doc = token.doc
        reads.setdefault(doc.text[:80], []).append(dict(i=token.idx, w=token.text, t=predicate.type, ok=found is not None))
        if doc.text[:80] not in tagged:
            lex = resolver.lex
            tagged[doc.text[:80]] = (doc.text, [dict(
                i=t.idx, w=t.text, l=t.lemma_, p=t.pos_, d=t.dep_, h=t.head.text,
                keys=sorted({f"{w}/{p}" for w in lemmas_of(t, lex) for p in ("verb", "noun") if (w, p) in table.by_head}),
                m=[f"{r.head}:{r.type}" for r in match_predicates(t, table, lex)]) for t in doc])
        return found

    component.read_predicate = wrapped
    with open(out_path, "w", encoding="utf-8") as out:
        for name, gold, article in tuning_articles(directories):
            key = article.text[:80]
            logged, (doc_text, toks) = reads.pop(key, None), tagged.pop(key, ("", []))
            if not gold.get("events"):
                continue
            scored = {frozenset((a, b)) for _, a, b in predicted_sides(article) if a and b and a != b}
            for g in gold["events"]:
                a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
                if not (a and b and a != b) or frozenset((a, b)) in scored:
                    continue
                start, end = g.get("start") or 0, g.get("end") or 0
                evidence = article.text[start:end]
                # the Doc's text may differ from the article's (a headline joined): find the evidence in it
                at = doc_text.find(evidence) if evidence else -1
                lo, hi = (at, at + len(evidence)) if at >= 0 else (start, end)
                out.write(json.dumps(dict(set=name, id=gold.get("id"), gtype=g.get("type"), ev=evidence[:300],
                                          reads=[r for r in (logged or []) if lo <= r["i"] < hi],
                                          toks=[t for t in toks if lo <= t["i"] < hi] if toks else None),
                                     ensure_ascii=False) + "\n")


def report(path: str, causes: list[str]) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    unread = [r for r in rows if not r["reads"]]
    print(f"{len(rows)} missed, {len(unread)} with no predicate read")
    groups = collections.defaultdict(list)
    for r in unread:
        toks = r["toks"] or []
        fitted = [t for t in toks if t["m"]]
        listed = [t for t in toks if t["keys"] and not t["m"]]
        if not toks:
            groups["untagged"].append((r, ""))
        elif fitted:
            groups["matched-not-read"].append((r, " ".join(f"{t['w']}/{t['p']}/{t['d']}<{t['h']}:{','.join(t['m'])}" for t in fitted)))
        elif listed:
            groups["listed-pos-or-frame"].append((r, " ".join(f"{t['w']}/{t['p']}/{t['d']}<{t['h']}:{','.join(t['keys'])}" for t in listed)))
        else:
            words = " ".join(f"{t['l']}/{t['p']}" for t in toks if t["p"] in ("VERB", "NOUN", "ADJ"))
            groups["quote" if any(q in r["ev"] for q in "«\"“") else "missing"].append((r, words))
    for cause, items in groups.items():
        print(cause, len(items))
    for cause in causes or list(groups):
        print("=====", cause)
        for r, info in groups[cause]:
            print(r["set"], r["id"], r["gtype"], "|", r["ev"][:130].replace("\n", " "), "||", info[:200])


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2], sys.argv[3:])
    else:
        trace(sys.argv[1], sys.argv[2:])
