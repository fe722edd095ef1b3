"""Trace of missed events by side, on tuning parts only: for every gold event with no prediction on
its pair, the predicates read inside its evidence (frames.read_predicate, wrapped), what each side
resolved to, and the line at which `reactions.reaction` gave up when it was tried. Check parts and
the Wikinews check articles are never read.

    PYTHONPATH=src python tools/event_side_trace.py OUT.json GOLD_DIR... ; python tools/event_side_trace.py --summary OUT.json [CLASS]

CLASS is one of actor_only, recip_only, neither, read, nocall (stop 69, docs/events.md).
"""
from __future__ import annotations

import json
import sys
from collections import Counter

# the Wikinews dev-2016-2018 check articles: never analysed here, whatever part a folder declares
FORBIDDEN = {f"frwikinews-{n}" for n in "003 006 014 018 025 031 035 038 041 046 051 056 059 066 075 085".split()}


def _profiled(function, wanted, sink):
    """Call `function`, keeping the locals named `wanted` of `sink`'s code object at its return."""
    def run(*args):
        code = sink.__code__

        def profile(frame, event, _):
            if event == "return" and frame.f_code is code:
                run.seen = {k: frame.f_locals.get(k) for k in wanted} | {"line": frame.f_lineno}
        run.seen = {}
        old = sys.getprofile()
        sys.setprofile(profile)
        try:
            return function(*args)
        finally:
            sys.setprofile(old)
    return run


def trace(out: str, dirs: list[str]) -> None:
    from newsgraph.evaluate import _articles
    from newsgraph.evaluate.gold import gold_sets
    from newsgraph.evaluate.matching import event_side
    from newsgraph.process import process
    import newsgraph.nlp.events.component as component
    import newsgraph.nlp.events.frames as frames
    import newsgraph.nlp.events.reactions as reactions

    calls, tries = [], []
    read = _profiled(component.read_predicate, ("actors", "recipients", "between"), frames.read_predicate)
    react = _profiled(reactions.reaction, (), reactions.reaction)

    def args(found):
        return [(a.name, a.actor, a.country, a.kind, a.how) for a in (found or [])]

    def on_read(resolver, token, predicate, table):
        found = read(resolver, token, predicate, table)
        calls.append(dict(idx=token.idx, tok=token.text, dep=token.dep_, expr=predicate.expression,
                          type=predicate.type, ok=found is not None, sent=token.sent.text,
                          children=[(c.dep_, c.text) for c in token.children],
                          actors=args(read.seen.get("actors")), recipients=args(read.seen.get("recipients")),
                          between=args(read.seen.get("between"))))
        return found

    def on_react(resolver, token, predicate, table, earlier):
        found = react(resolver, token, predicate, table, earlier)
        tries.append(dict(idx=token.idx, expr=predicate.expression, type=predicate.type, line=react.seen.get("line"),
                          found=found is not None))
        return found

    component.read_predicate = on_read
    component.reaction = reactions.reaction = on_react
    misses = []
    for directory in dirs:
        for part in gold_sets(directory, "tuning"):
            for gold in part.golds:
                if str(gold.get("id")) in FORBIDDEN or not gold.get("events"):
                    continue
                calls.clear()
                tries.clear()
                article = next(process(_articles([gold])))
                predicted = {frozenset((event_side(article, actor_id=e.actor.actor, name=e.actor.name),
                                        event_side(article, actor_id=e.recipient.actor, name=e.recipient.name)))
                             for e in article.events if e.recipient is not None and not e.negated}
                for g in gold["events"]:
                    a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
                    if not (a and b and a != b) or frozenset((a, b)) in predicted:
                        continue
                    start, end = g.get("start") or 0, g.get("end") or 0
                    misses.append(dict(set=part.name, id=gold["id"], gold=g, keys=[a, b],
                                       calls=[c for c in calls if start <= c["idx"] < end],
                                       tries=[t for t in tries if start <= t["idx"] < end]))
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(misses, handle, ensure_ascii=False)


def kind(miss: dict) -> str:
    """The class of a miss: no predicate read in its evidence, one read with both sides (another
    pair or filtered), one with its actor only, its recipient only, or neither."""
    calls = miss["calls"]
    if not calls:
        return "nocall"
    if any(c["ok"] for c in calls):
        return "read"
    if any(c["actors"] and not (c["recipients"] or c["between"]) for c in calls):
        return "actor_only"
    if any((c["recipients"] or c["between"]) and not c["actors"] for c in calls):
        return "recip_only"
    return "neither"


def summary(path: str, wanted: str | None) -> None:
    with open(path, encoding="utf-8") as handle:
        misses = json.load(handle)
    print(Counter(kind(m) for m in misses), len(misses))
    print("reaction gave up at line:", Counter(t["line"] for m in misses for t in m["tries"] if not t["found"]))
    for m in misses:
        if wanted is None or kind(m) != wanted:
            continue
        g = m["gold"]
        print(f"{m['set']} {m['id']} {g.get('type')} | {g.get('actor1')} -> {g.get('actor2')} | {g.get('evidence', '')[:100]}")
        for c in m["calls"]:
            print(f"   {c['tok']!r} {c['expr']!r} {c['type']} dep={c['dep']} actors={[a[0] for a in c['actors']]} "
                  f"recipients={[a[0] for a in c['recipients'] + c['between']]}")
        for t in m["tries"]:
            print(f"   reaction {t['expr']!r}: line {t['line']}, found={t['found']}")


if __name__ == "__main__":
    if sys.argv[1] == "--summary":
        summary(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        trace(sys.argv[1], sys.argv[2:])
