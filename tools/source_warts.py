"""Sources lost (or gained) when a text is damaged as scraped copy is: the eval's wart kinds
(evaluate/warts.py) and the warts of scraped copy that eval does not draw — an apostrophe written
as an acute accent or a backtick ("l´AFP", "l`AFP"), accents lost ("D'apres"), the space after a
short word lost ("àl'AFP", "selonl'AFP"). One kind at a time, each source by normalised name with
the text around it. No gold annotation is read; the texts are those of tools/warts_diff.py
(unannotated corpus articles and tuning gold texts, never a check article).

    python tools/source_warts.py --lang fr            # counts per kind, every difference printed
    python tools/source_warts.py --kinds glued_word   # one kind
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from warts_diff import _norm, texts  # noqa: E402

# shares of the places each scraped kind hits
APOSTROPHES = 1.0     # every apostrophe between letters, written ´, ` or ’ at random
UNACCENTED = 0.5      # words with an accent that lose it
GLUED_WORDS = 0.5     # spaces after a short lowercase word (≤ 5 letters) that are lost
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_ACCENTED = re.compile(r"\w+[À-ÿ]\w*|[À-ÿ]\w+")  # (not "à": "a" is another word)
# the space lost is one before an elided article or a name ("àl'AFP", "selonLe Monde"): the one
# before a common word makes another word ("adéclaré") no reader can split back
_SHORT_WORD_SPACE = re.compile(r"(?<![\w'’])[a-zà-ÿ]{1,5}( )(?=[ld]['’]\w|[A-Z])")
SCRAPED_KINDS = ("apostrophe", "unaccented", "glued_word")


def scraped_edits(text: str, seed: str, kind: str) -> list[tuple[int, int, str]]:
    rng = random.Random(zlib.crc32((seed + kind).encode("utf-8")))
    edits = []
    if kind == "apostrophe":
        for m in _APOSTROPHE.finditer(text):
            if rng.random() < APOSTROPHES:
                edits.append((m.start(), m.end(), rng.choice("´`’'")))
    elif kind == "unaccented":
        for m in _ACCENTED.finditer(text):
            if rng.random() < UNACCENTED:
                plain = "".join(unicodedata.normalize("NFKD", c)[:1] for c in m.group())
                edits.append((m.start(), m.end(), plain))
    elif kind == "glued_word":
        for m in _SHORT_WORD_SPACE.finditer(text):
            if rng.random() < GLUED_WORDS:
                edits.append((m.start(1), m.end(1), ""))
    return edits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", nargs="*", default=None)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.evaluate.warts import KINDS, apply_edits, damage_edits
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process

    kinds = args.kinds or list(KINDS) + list(SCRAPED_KINDS)
    golds = texts(args.lang)
    runs = [(g, None) for g in golds] + [(g, kind) for kind in kinds for g in golds]
    articles = []
    for gold, kind in runs:
        text = gold["text"]
        if kind in KINDS:
            text, _ = apply_edits(text, damage_edits(text, str(gold["id"]), (kind,)))
        elif kind is not None:
            text, _ = apply_edits(text, scraped_edits(text, str(gold["id"]), kind))
        article = make_article(text, str(gold["id"]), id=gold["id"], published=gold["published"], lang=gold["lang"])
        article.text = text
        articles.append(article)
    analysed = list(process(articles))
    clean = {g["id"]: a for g, a in zip(golds, analysed[:len(golds)])}

    def sources(article) -> Counter:
        return Counter(_norm(s.name) for s in article.sources)

    def around(article, name: str) -> str:
        for s in article.sources:
            if _norm(s.name) == name:
                return repr(article.text[max(0, s.start - 50):s.start] + "[[" + article.text[s.start:s.end] + "]]" +
                            article.text[s.end:s.end + 30])
        return ""

    counts = Counter()
    for (gold, kind), article in zip(runs[len(golds):], analysed[len(golds):]):
        before, after = sources(clean[gold["id"]]), sources(article)
        for name, n in (before - after).items():
            counts[kind, "lost"] += n
            print(kind, gold["id"], "- lost", name, around(clean[gold["id"]], name))
        for name, n in (after - before).items():
            counts[kind, "gained"] += n
            print(kind, gold["id"], "+ gained", name, around(article, name))
    total = sum(sum(sources(a).values()) for a in clean.values())
    for kind in kinds:
        print(f"{kind:11s} lost={counts[kind, 'lost']} gained={counts[kind, 'gained']}")
    print(f"({len(golds)} texts, {total} sources on the clean texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
