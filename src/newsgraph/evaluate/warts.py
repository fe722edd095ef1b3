"""Gold articles as a scraper would deliver them: the same annotations on damaged text.

Real news reaches the pipeline with the warts of extraction: typographic quotation marks turned
into straight ones, paragraphs run together (with one space, or none: "a-t-il dit.Le ministre"),
spaces lost after punctuation, and stray characters (zero-width spaces, soft hyphens, the "Â" a
wrong decoding leaves before a no-break space). `damaged` applies all of these to a gold article,
with a random generator seeded by the article's id (the same damage on every run), and moves
every gold offset with the text, so the damaged set is scored exactly as the clean one.
Comparing the two says how much of a figure survives scraping; the damage is language-neutral
(punctuation and layout only).

More kinds (EXTRA_KINDS, opt-in: `damaged(gold, ALL_KINDS)`) are those of real scraped pages:
character references left as text ("&nbsp;", "&#8217;"), words broken at a line's end by a hyphen
("gouverne-\nment"), hard-wrapped paragraphs, line breaks inside a sentence, page furniture run
into the body (a "Lire aussi : …" link, a photo's credit: the one kind with words, read from
run_in_lines.tsv by the gold's language), doubled spaces, no-break spaces between words, and
guillemets glued to the words around them. Each draws from a generator of its own (seeded by the
article's id and the kind's name), so adding one moves no draw of another.
"""
from __future__ import annotations

import functools
import random
import re
import zlib
from pathlib import Path
from typing import Any

SUFFIX = "+warts"
OFFSET_KEYS = ("start", "end", "speaker_start", "speaker_end")

# typographic marks and the straight character a scraper writes instead (the space inside
# French guillemets goes with them: « texte » -> "texte")
_STRAIGHT = re.compile(r"«[\s\u00a0\u202f]*|[\s\u00a0\u202f]*»|[“”„]|[’‘]")
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n[\s]*")
_SPACE_AFTER_PUNCT = re.compile(r"(?<=[.,;:!?])[ ](?=\S)")
_WORD = re.compile(r"\w{6,}")
_STRAYS = ("\u200b", "\u00ad", "\u00c2\u00a0", "  ")
# shares of the places each kind of damage may hit
GLUED_BREAKS = 0.5       # paragraph breaks run together, half of them with no space at all
LOST_SPACES = 0.25       # spaces after punctuation dropped
STRAY_WORDS = 0.02       # long words given a stray character or a doubled space before them
# the kinds of damage, by name (tools/warts_diff.py applies them one at a time to tell which
# kind a difference of output comes from)
KINDS = ("straight", "glued", "lost_space", "stray")
EXTRA_KINDS = ("entity", "hyphen_break", "wrapped", "line_break", "run_in", "double_space", "nbsp",
                 "tight_guillemet")
ALL_KINDS = KINDS + EXTRA_KINDS
# shares of the places each extra kind may hit
ENTITIES = 0.3           # marks, apostrophes, ampersands and no-break spaces written as references
LOST_APOSTROPHES = 0.2   # of the apostrophes so written, those written "&nbsp;" ("l&nbsp;ambassadeur")
HYPHEN_BREAKS = 0.03     # long lowercase words broken by a hyphen ("-\n", "- " or "-" alone)
WRAPPED_ARTICLES = 0.5   # articles hard-wrapped at a width drawn in WRAP_WIDTHS
WRAP_WIDTHS = (60, 80)
LINE_BREAKS = 0.02       # spaces between two lowercase words (or after a comma) turned into a break
RUN_IN_BREAKS = 0.25     # paragraph breaks where a link or a photo credit is run in
DOUBLED_SPACES = 0.03    # spaces doubled
NBSP_SPACES = 0.05       # spaces typed as no-break spaces
TIGHT_GUILLEMETS = 0.5   # guillemet pairs that lose their inner blanks, and « that loses the space before it
_REFERENCES = {"’": ("&#8217;", "&rsquo;"), "'": ("&#039;", "&#39;"), "«": ("&laquo;", "&#171;"),
               "»": ("&raquo;", "&#187;"), "“": ("&ldquo;", "&#8220;"), "”": ("&rdquo;", "&#8221;"),
               '"': ("&quot;",), "&": ("&amp;",), "\u00a0": ("&nbsp;",)}
_REFERABLE = re.compile("[’'«»“”\"&\u00a0]")
_LONG_LOWER = re.compile(r"(?<![\w'’-])[a-zà-öø-ÿ]{8,}(?![\w-])")
_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
_BETWEEN_WORDS = re.compile(r"(?<=\S) (?=\S)")
_INSIDE_SENTENCE = re.compile(r"(?<=[a-zà-öø-ÿ,]) (?=[a-zà-öø-ÿ])")
_BETWEEN_PARAGRAPHS = re.compile(r"[ \t]*\n\s*")
_GUILLEMET_PAIR = re.compile(r"«([\s\u00a0\u202f]+)?[^«»\n]*?([\s\u00a0\u202f]+)?»")
_BEFORE_GUILLEMET = re.compile(r"(?<=\w)[ \u00a0](?=«)")
_RUN_IN_LINES = Path(__file__).with_name("run_in_lines.tsv")


def damaged(gold: dict[str, Any], kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """A copy of the gold article with damaged text and every offset moved with it. `kinds`
    keeps only some kinds of damage; the random draws are the same whatever it keeps, so each
    kind hits the same places alone as it does with the others."""
    new_text, moved = damage(gold["text"], str(gold.get("id", "")), kinds, gold.get("lang") or "fr")
    copy = dict(gold, text=new_text, id=f"{gold.get('id', '')}{SUFFIX}")
    for layer, items in gold.items():
        if isinstance(items, list) and items and isinstance(items[0], dict):
            copy[layer] = [_moved(item, moved) for item in items]
    return copy


def damage(text: str, seed: str, kinds: tuple[str, ...] = KINDS, lang: str = "fr") -> tuple[str, list[int]]:
    """The damaged text and where each offset of the clean text lands in it. A text is wrapped
    last, as a page is: at its width as damaged (a character reference makes its line longer)."""
    first = tuple(k for k in kinds if k != "wrapped")
    damaged_text, moved = apply_edits(text, damage_edits(text, seed, first, lang))
    if first == tuple(kinds):
        return damaged_text, moved
    wrapped_text, again = apply_edits(damaged_text, damage_edits(damaged_text, seed, ("wrapped",), lang))
    return wrapped_text, [again[k] for k in moved]


def damage_edits(text: str, seed: str, kinds: tuple[str, ...] = KINDS,
                 lang: str = "fr") -> list[tuple[int, int, str]]:
    """The edits (start, end, replacement) in the clean text that damage it, for the kinds asked
    (`lang`: the language of the lines the run_in kind writes)."""
    rng = random.Random(zlib.crc32(seed.encode("utf-8")))
    edits: list[tuple[int, int, str, str]] = []  # (start, end, replacement, kind), no overlaps
    for match in _STRAIGHT.finditer(text):
        mark = match.group().strip(" \u00a0\u202f")
        edits.append((match.start(), match.end(), "'" if mark in "’‘" else '"', "straight"))
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > 0 and match.end() < len(text) and rng.random() < GLUED_BREAKS:
            edits.append((match.start(), match.end(), rng.choice(("", " ")), "glued"))
    for match in _SPACE_AFTER_PUNCT.finditer(text):
        if rng.random() < LOST_SPACES:
            edits.append((match.start(), match.end(), "", "lost_space"))
    for match in _WORD.finditer(text):
        if rng.random() < STRAY_WORDS:
            edits.append((match.start(), match.start(), rng.choice(_STRAYS), "stray"))
    out = [(start, end, replacement) for start, end, replacement, kind in edits if kind in kinds]
    for kind in EXTRA_KINDS:
        if kind in kinds:
            out += _EXTRA[kind](text, random.Random(zlib.crc32(f"{seed}/{kind}".encode("utf-8"))), lang)
    return out


def _entity_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """Marks, apostrophes, ampersands and no-break spaces written as character references; some
    apostrophes as a no-break space's ("l&nbsp;ambassadeur": the scraper lost the apostrophe)."""
    edits = []
    for match in _REFERABLE.finditer(text):
        if rng.random() < ENTITIES:
            mark = match.group()
            if mark in "'’" and rng.random() < LOST_APOSTROPHES and text[match.end():match.end() + 1].isalpha():
                edits.append((match.start(), match.end(), "&nbsp;"))
            else:
                edits.append((match.start(), match.end(), rng.choice(_REFERENCES[mark])))
    return edits


def _hyphen_break_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """Long lowercase words broken by a hyphen where a line ended, after a vowel before a consonant
    ("gouverne-\nment", "diplo- matiques", "exté-rieur": the break kept, turned to a space, or lost)."""
    edits = []
    for match in _LONG_LOWER.finditer(text):
        if rng.random() < HYPHEN_BREAKS:
            word = match.group()
            cuts = [k for k in range(3, len(word) - 2) if word[k - 1] in _VOWELS and word[k] not in _VOWELS]
            at = match.start() + rng.choice(cuts or list(range(3, len(word) - 2)))
            edits.append((at, at, rng.choice(("-\n", "-\n", "- ", "-"))))
    return edits


def _wrapped_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """Every line of a share of the articles cut at a width (text wrapped for a plain-text page):
    a space is a line break where the word after it would make the line longer than the width."""
    if rng.random() >= WRAPPED_ARTICLES:
        return []
    width, edits = rng.randint(*WRAP_WIDTHS), []
    for line in re.finditer(r"[^\n]+", text):
        length = 0
        for word in re.finditer(r"[^ ]+", line.group()):
            if length and length + 1 + len(word.group()) > width:
                edits.append((line.start() + word.start() - 1, line.start() + word.start(), "\n"))
                length = len(word.group())
            else:
                length += (1 if length else 0) + len(word.group())
    return edits


def _line_break_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """A few spaces inside a sentence (between small words, or after a comma) turned into a line
    break (a <br> kept, a line of a form cut): "a\ndénoncé", "leur\ngouvernement"."""
    return [(m.start(), m.end(), "\n") for m in _INSIDE_SENTENCE.finditer(text) if rng.random() < LINE_BREAKS]


def _run_in_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """A link to another article ("Lire aussi : <headline>", the article's own headline) or a
    photo's credit ("Photo : AFP") put at a paragraph break, run into the paragraph before, the
    paragraph after, both, or neither."""
    lines = _run_in_lines(lang) or _run_in_lines("fr")
    first = text.split("\n", 1)[0].strip()
    title = first if len(first) <= 110 else " ".join(first.split()[:10])
    edits = []
    for match in _BETWEEN_PARAGRAPHS.finditer(text):
        if match.start() > 0 and match.end() < len(text) and rng.random() < RUN_IN_BREAKS:
            what = rng.choice(("related", "caption"))
            line = rng.choice(lines[what]).format(title=title, credit=rng.choice(lines["credit"]))
            before, after = rng.choice(("", " ", "\n\n")), rng.choice(("", " ", "\n\n"))
            edits.append((match.start(), match.end(), before + line + after))
    return edits


@functools.cache
def _run_in_lines(lang: str) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for row in _RUN_IN_LINES.read_text(encoding="utf-8").splitlines():
        fields = row.split("\t")
        if not row.startswith("#") and len(fields) == 3 and fields[0] == lang:
            lines.setdefault(fields[1], []).append(fields[2])
    return lines


def _double_space_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "  ") for m in _BETWEEN_WORDS.finditer(text) if rng.random() < DOUBLED_SPACES]


def _nbsp_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """Spaces typed as no-break spaces, anywhere between two words or marks."""
    return [(m.start(), m.end(), "\u00a0") for m in _BETWEEN_WORDS.finditer(text) if rng.random() < NBSP_SPACES]


def _tight_guillemet_edits(text: str, rng: random.Random, lang: str) -> list[tuple[int, int, str]]:
    """Guillemets that lose their inner blanks ("«un partenaire»") and « glued to the word
    before it ("pour« l'accueil »")."""
    edits = []
    for match in _GUILLEMET_PAIR.finditer(text):
        if rng.random() < TIGHT_GUILLEMETS:
            edits += [(match.start(k), match.end(k), "") for k in (1, 2) if match.group(k)]
    for match in _BEFORE_GUILLEMET.finditer(text):
        if rng.random() < TIGHT_GUILLEMETS:
            edits.append((match.start(), match.end(), ""))
    return edits


_EXTRA = {"entity": _entity_edits, "hyphen_break": _hyphen_break_edits, "wrapped": _wrapped_edits,
            "line_break": _line_break_edits, "run_in": _run_in_edits, "double_space": _double_space_edits,
            "nbsp": _nbsp_edits, "tight_guillemet": _tight_guillemet_edits}


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """The edited text, and where each offset of the old text (0 … len) lands in it. Edits that
    overlap an earlier one are skipped. An offset inside a replaced stretch lands at its start;
    the offset where an edit ends (or where an insertion is made) lands after the new text, so a
    span that starts there does not take in the stray characters inserted before it."""
    parts: list[str] = []
    moved = [0] * (len(text) + 1)
    shift, position = 0, 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < position:
            continue
        parts.append(text[position:start])
        for k in range(position, start + 1):
            moved[k] = k + shift
        for k in range(start + 1, end):
            moved[k] = start + shift
        shift += len(replacement) - (end - start)
        parts.append(replacement)
        position = end
        if end > start:
            moved[end] = end + shift
    parts.append(text[position:])
    for k in range(position, len(text) + 1):
        moved[k] = k + shift
    return "".join(parts), moved


def _moved(item: dict[str, Any], moved: list[int]) -> dict[str, Any]:
    copy = dict(item)
    for key in OFFSET_KEYS:
        value = item.get(key)
        if isinstance(value, int) and 0 <= value < len(moved):
            copy[key] = moved[value]
    return copy
