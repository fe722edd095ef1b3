"""Self-consistency audit of the pipeline under scraping warts, with no gold: each text is run
clean and with one kind of wart at a time (a fixed seed per text and kind), and every quote,
speaker, source and event of the clean run is looked for in the warted run at the place the
warts moved it to (a character map from the clean text to the warted one). What each kind loses,
gains or changes is counted and, with -v, printed with the text around it.

    python tools/warts_audit.py                       # every kind, counts per kind
    python tools/warts_audit.py --kinds nbsp -v       # one kind, every difference printed
    python tools/warts_audit.py --lang fr --json out.json

The kinds are the eval's (evaluate/warts.py: straight, glued, lost_space, stray, and its opt-in
EXTRA_KINDS: entity, hyphen_break, wrapped, line_break, run_in, double_space, nbsp,
tight_guillemet), those of tools/source_warts.py (apostrophe, unaccented, glued_word), and the
ones below: quotation marks of mixed styles, guillemets with no blank inside, marks with no blank
before them (the English way in French text), soft hyphens inside words, and HTML leftovers (character references, <br> and <p> tags). The texts are those of
tools/warts_diff.py: unannotated corpus articles and tuning gold texts, never a check article.
An item of the clean run is "same" when the warted run has it at the mapped span with the same
content (quote: type and speaker; source: name; event: type and actor), "changed" when the
warted run has an item overlapping the mapped span but differing, "lost" when none overlaps;
"gained" counts warted items no clean item maps to.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from source_warts import SCRAPED_KINDS, scraped_edits  # noqa: E402
from warts_diff import _norm, texts  # noqa: E402

# shares of the places each kind below hits
MIXED_MARKS = 0.5       # quotations whose marks are typed in another style (or two styles)
SOFT_HYPHENS = 0.05     # long words given a soft hyphen inside
HTML_SHARE = 0.3        # marks and breaks written as a character reference or a tag
_GUILLEMET_PAIR = re.compile(r"«([\s\u00a0\u202f]*)([^«»]*?)([\s\u00a0\u202f]*)»")
_CURLY_PAIR = re.compile(r"“([^“”]*?)”")
_STRAIGHT_PAIR = re.compile(r"(?<![\w\"])\"([^\"\n]*?)\"(?![\w\"])")
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_SPACED_MARK = re.compile(r"[ \u00a0\u202f](?=[:;!?](?:\s|$))")
_COLON_GUILLEMET = re.compile(r"(?<=:)[ \u00a0\u202f](?=«)")
_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_BREAK = re.compile(r"\n+")
_STYLES = (("“", "”"), ('"', '"'), ("«", "»"), ("“", '"'), ('"', "”"), ("«\u00a0", "\u00a0»"), ("„", "“"))
# (no-break spaces and doubled spaces are kinds of evaluate/warts.py now: "nbsp", "double_space")
AUDIT_KINDS = ("mixed_marks", "tight_guillemets", "tight_marks", "soft_hyphen", "html")


def audit_edits(text: str, seed: str, kind: str) -> list[tuple[int, int, str]]:
    """The edits (start, end, replacement) of the clean text for one kind of AUDIT_KINDS."""
    rng = random.Random(zlib.crc32((seed + "/" + kind).encode("utf-8")))
    edits: list[tuple[int, int, str]] = []
    if kind == "mixed_marks":
        for pattern in (_GUILLEMET_PAIR, _CURLY_PAIR, _STRAIGHT_PAIR):
            for m in pattern.finditer(text):
                if rng.random() < MIXED_MARKS:
                    opening, closing = rng.choice(_STYLES)
                    inner = 2 if pattern is _GUILLEMET_PAIR else 1
                    inner_start, inner_end = m.start(inner), m.end(inner)
                    edits += [(m.start(), inner_start, opening), (inner_end, m.end(), closing)]
        for m in _APOSTROPHE.finditer(text):
            if rng.random() < MIXED_MARKS:
                edits.append((m.start(), m.end(), "'" if m.group() == "’" else "’"))
    elif kind == "tight_guillemets":  # «Non», a dit:«Non»
        for m in _GUILLEMET_PAIR.finditer(text):
            if m.group(1):
                edits.append((m.start(1), m.end(1), ""))
            if m.group(3):
                edits.append((m.start(3), m.end(3), ""))
        edits += [(m.start(), m.end(), "") for m in _COLON_GUILLEMET.finditer(text)]
    elif kind == "tight_marks":  # "vrai?", "dit:"
        edits += [(m.start(), m.end(), "") for m in _SPACED_MARK.finditer(text)]
    elif kind == "soft_hyphen":
        for m in _LONG_WORD.finditer(text):
            if rng.random() < SOFT_HYPHENS:
                at = m.start() + rng.randint(3, len(m.group()) - 3)
                edits.append((at, at, "\u00ad"))
    elif kind == "html":
        references = {"’": "&#8217;", "'": "&#039;", "«": "&laquo;", "»": "&raquo;", "“": "&ldquo;",
                      "”": "&rdquo;", '"': "&quot;", "&": "&amp;", "\u00a0": "&nbsp;"}
        for m in re.finditer("[’'«»“”\"&\u00a0]", text):
            if rng.random() < HTML_SHARE:
                edits.append((m.start(), m.end(), references[m.group()]))
        for m in _BREAK.finditer(text):
            if rng.random() < HTML_SHARE:
                edits.append((m.start(), m.start(), rng.choice(("<br />", "<br>", "</p>"))))
    return edits


def edits_for(text: str, seed: str, kind: str) -> list[tuple[int, int, str]]:
    from newsgraph.evaluate.warts import ALL_KINDS, damage_edits
    if kind in ALL_KINDS:
        return damage_edits(text, seed, (kind,))
    if kind in SCRAPED_KINDS:
        return scraped_edits(text, seed, kind)
    return audit_edits(text, seed, kind)


def items(article, text: str) -> dict[str, list[tuple[int, int, tuple]]]:
    """Each layer's items as (start, end, content)."""
    return {
        "quote": [(q.start, q.end, (q.type, _norm(q.speaker.name or ""))) for q in article.quotes],
        "source": [(s.start, s.end, (_norm(s.name),)) for s in article.sources],
        "event": [(e.start, e.end, (e.type, _norm(e.actor.name or ""))) for e in article.events],
    }


def compare(before: dict, after: dict, moved: list[int], inserted: dict[int, int]) -> list[tuple]:
    """(layer, verdict, clean item, warted item) for every item that is not the same. `moved`
    maps each clean offset to the warted text (after what an edit puts in there), `inserted`
    says how much was put in at a clean offset (a span that ends there ends before it)."""
    out = []
    for layer, old_items in before.items():
        new_items = list(after[layer])
        matched = set()
        for start, end, content in old_items:
            m_start, m_end = moved[start], moved[end] - inserted.get(end, 0)
            exact = [i for i, n in enumerate(new_items) if i not in matched and (n[0], n[1]) == (m_start, m_end)]
            same = [i for i in exact if new_items[i][2] == content]
            if same:
                matched.add(same[0])
                continue
            near = exact or [i for i, n in enumerate(new_items)
                             if i not in matched and n[0] < m_end and m_start < n[1]]
            if near:
                matched.add(near[0])
                out.append((layer, "changed", (start, end, content), new_items[near[0]]))
            else:
                out.append((layer, "lost", (start, end, content), None))
        out += [(layer, "gained", None, n) for i, n in enumerate(new_items) if i not in matched]
    return out


def _around(text: str, start: int, end: int) -> str:
    inside = text[start:end] if end - start <= 120 else text[start:start + 55] + " … " + text[end - 55:end]
    return repr(text[max(0, start - 60):start] + "[[" + inside + "]]" + text[end:end + 40])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", nargs="*", default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--json", default=None, help="write the counts per kind to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.evaluate.warts import ALL_KINDS, apply_edits
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process

    kinds = args.kinds or list(ALL_KINDS) + list(SCRAPED_KINDS) + list(AUDIT_KINDS)
    golds = texts(args.lang)
    runs = [(g, None) for g in golds] + [(g, kind) for kind in kinds for g in golds]
    articles, moves = [], []
    for gold, kind in runs:
        text, moved, inserted = gold["text"], list(range(len(gold["text"]) + 1)), {}
        if kind is not None:
            edits = edits_for(text, str(gold["id"]), kind)
            text, moved = apply_edits(text, edits)
            inserted = {start: len(new) for start, end, new in edits if start == end}
        article = make_article(text, str(gold["id"]), id=gold["id"], published=gold["published"], lang=gold["lang"])
        article.text = text  # the warted text as given (make_article would take the strays out)
        articles.append(article)
        moves.append((text, moved, inserted))
    analysed = list(process(articles))
    clean = {g["id"]: a for g, a in zip(golds, analysed[:len(golds)])}
    totals = Counter(layer for a in clean.values() for layer, found in items(a, a.text).items() for _ in found)
    counts: dict[str, Counter] = {kind: Counter() for kind in kinds}
    for (gold, kind), article, (text, moved, inserted) in zip(runs[len(golds):], analysed[len(golds):], moves[len(golds):]):
        base = clean[gold["id"]]
        for layer, verdict, old, new in compare(items(base, base.text), items(article, text), moved, inserted):
            counts[kind][f"{layer}_{verdict}"] += 1
            if args.verbose:
                print(kind, gold["id"], layer, verdict, old and old[2], "->", new and new[2])
                if old:
                    print("   was", _around(base.text, old[0], old[1]))
                if new:
                    print("   now", _around(text, new[0], new[1]))
                else:
                    print("   warted", _around(text, moved[old[0]], moved[old[1]] - inserted.get(old[1], 0)))
    for kind in kinds:
        print(f"{kind:16s} {sum(counts[kind].values()):4d}  " + " ".join(f"{k}={v}" for k, v in sorted(counts[kind].items())))
    print(f"({len(golds)} texts; clean: " + ", ".join(f"{v} {k}s" for k, v in sorted(totals.items())) + ")")
    if args.json:
        Path(args.json).write_text(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
