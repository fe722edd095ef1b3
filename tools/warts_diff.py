"""Diff the pipeline's output on clean text and on the same text damaged as a scraper would
(evaluate/warts.py), one kind of damage at a time: what each kind of wart changes. No gold
annotation is read; only texts.

    python tools/warts_diff.py                      # every kind (evaluate/warts.ALL_KINDS), counts per kind
    python tools/warts_diff.py --kinds glued -v     # one kind, every difference printed
    python tools/warts_diff.py --lang en            # the English texts only
    python tools/warts_diff.py --together           # every kind at once
    python tools/warts_diff.py --kinds straight glued lost_space stray --together   # as the eval's +warts

The texts are the articles of corpus/wikinews-fr-2012 and corpus/wikinews-fr-2016-2018 that are
in no gold folder, corpus/en-sample, and the *tuning* parts of the gold folders (eval/gold/dev,
eval/gold/dev-2016-2018, ../shared/gold/en-polnear): never a check article. Each output is
compared by normalised content (letters and digits only, so a straight mark or a stray character inside a
span is no difference): quotes (span and speaker), sources, events (type, trigger, actor), persons
(name with role, name with country: a person found or lost changes both).
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_DIRS = (ROOT / "eval/gold/dev", ROOT / "eval/gold/dev-2016-2018", SHARED / "gold/en-polnear")
_NOT_WORD = re.compile(r"\W+")


def texts(lang: str | None) -> list[dict]:
    """Gold-like dicts {id, text, lang, published} of every text to compare (no check article)."""
    from newsgraph.evaluate.gold import gold_sets
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article

    gold_ids = set()
    for directory in GOLD_DIRS:
        if directory.is_dir():  # file names only: a check article is never opened here
            gold_ids |= {os.path.splitext(n)[0] for n in os.listdir(directory) if n.endswith(".json")}
    out = []
    for path in ("corpus/wikinews-fr-2012", "corpus/wikinews-fr-2016-2018", "corpus/en-sample"):
        for item in read_paths([str(ROOT / path)]):
            # (a 2012 article's id is a hash: its file name is the gold id's number)
            stem = Path((item.origin or "").split(":")[0]).stem if isinstance(item, Article) else ""
            if isinstance(item, Article) and not ({item.id, f"wikinews-{item.id}", f"wikinews-{stem}"} & gold_ids):
                out.append({"id": item.id, "text": item.text, "lang": item.lang, "published": item.published})
    for directory in GOLD_DIRS:
        if directory.is_dir():
            for gold_set in gold_sets(str(directory), "tuning" if len(os.listdir(directory)) > 30 else "all"):
                out += [{"id": g["id"], "text": g["text"], "lang": g.get("lang"), "published": g.get("published")}
                        for g in gold_set.golds]
    return [t for t in out if lang is None or (t["lang"] or "fr") == lang]


def _norm(text: str) -> str:
    return _NOT_WORD.sub("", text.replace("\u00c2\u00a0", " ")).lower()


def outputs(article, text: str, where: dict | None = None) -> Counter:
    """The comparable items of an analysed article, by normalised content (no offsets: they move);
    `where` gets the text around each quote (for -v)."""
    items = Counter()
    for q in article.quotes:
        items[("quote", _norm(text[q.start:q.end])[:60], q.type)] += 1
        if where is not None:
            where[("quote", _norm(text[q.start:q.end])[:60], q.type)] = \
                repr(text[max(0, q.start - 60):q.start] + "[[" + text[q.start:q.end][:80] + "]]" + text[q.end:q.end + 30])
        items[("speaker", _norm(text[q.start:q.end])[:60], _norm(q.speaker.name or ""))] += 1
    for s in article.sources:
        items[("source", _norm(s.name))] += 1
    for e in article.events:
        items[("event", e.type, _norm(text[e.start:e.end]), _norm(e.actor.name or ""))] += 1
    for a in article.actors:
        if a.kind == "person":  # a role or a country lost to a wart shows as a changed item
            items[("person", _norm(a.name), _norm(a.role or ""))] += 1
            items[("person_country", _norm(a.name), a.country or "")] += 1
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", nargs="*", default=None, help="kinds of damage (default: each alone)")
    parser.add_argument("--together", action="store_true",
                        help="the kinds asked all at once (as the eval's +warts set), counted as 'all kinds'")
    parser.add_argument("--lang", default=None)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.evaluate.warts import ALL_KINDS, damage
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process

    kinds = args.kinds or list(ALL_KINDS)
    if args.together:  # some warts only bite together (a straight mark where a space was lost)
        kinds = ["+".join(kinds)]
    golds = texts(args.lang)
    runs = [(g, None) for g in golds] + [(g, kind) for kind in kinds for g in golds]
    articles, moves = [], []
    for gold, kind in runs:
        text, moved = gold["text"], None
        if kind is not None:
            text, moved = damage(gold["text"], str(gold["id"]), tuple(kind.split("+")), gold["lang"] or "fr")
        article = make_article(text, str(gold["id"]), id=gold["id"], published=gold["published"], lang=gold["lang"])
        article.text = text
        articles.append(article)
        moves.append((text, moved))
    analysed = list(process(articles))
    clean = {g["id"]: (a, g["text"]) for g, a in zip(golds, analysed[:len(golds)])}
    counts: dict[str, Counter] = {kind: Counter() for kind in kinds}
    for (gold, kind), article, (text, moved) in zip(runs[len(golds):], analysed[len(golds):], moves[len(golds):]):
        base_article, base_text = clean[gold["id"]]
        where: dict = {}
        before = outputs(base_article, base_text, where)
        after = outputs(article, text, where)
        for key, n in ((before - after) + (after - before)).items():
            sign = "-" if before[key] > after[key] else "+"
            counts[kind][key[0]] += n
            if args.verbose:
                print(kind, gold["id"], sign, *key[:1], *key[1:])
                if key in where:
                    print("     ", where[key])
    total = Counter()
    for kind in kinds:
        total.update(counts[kind])
        print(f"{kind:11s} {sum(counts[kind].values()):4d}  " + " ".join(f"{k}={v}" for k, v in sorted(counts[kind].items())))
    print(f"{'all':11s} {sum(total.values()):4d}  " + " ".join(f"{k}={v}" for k, v in sorted(total.items())))
    print(f"({len(golds)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
