"""Gold articles as a scraper would deliver them: the same annotations on damaged text.

Real news reaches the pipeline with the warts of extraction: typographic quotation marks turned
into straight ones, paragraphs run together (with one space, or none: "a-t-il dit.Le ministre"),
spaces lost after punctuation, and stray characters (zero-width spaces, soft hyphens, the "Â" a
wrong decoding leaves before a no-break space). `damaged` applies all of these to a gold article,
with a random generator seeded by the article's id (the same damage on every run), and moves
every gold offset with the text, so the damaged set is scored exactly as the clean one.
Comparing the two says how much of a figure survives scraping; the damage is language-neutral
(punctuation and layout only).
"""
from __future__ import annotations

import random
import re
import zlib
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


def damaged(gold: dict[str, Any], kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """A copy of the gold article with damaged text and every offset moved with it. `kinds`
    keeps only some kinds of damage; the random draws are the same whatever it keeps, so each
    kind hits the same places alone as it does with the others."""
    text = gold["text"]
    new_text, moved = apply_edits(text, damage_edits(text, str(gold.get("id", "")), kinds))
    copy = dict(gold, text=new_text, id=f"{gold.get('id', '')}{SUFFIX}")
    for layer, items in gold.items():
        if isinstance(items, list) and items and isinstance(items[0], dict):
            copy[layer] = [_moved(item, moved) for item in items]
    return copy


def damage_edits(text: str, seed: str, kinds: tuple[str, ...] = KINDS) -> list[tuple[int, int, str]]:
    """The edits (start, end, replacement) in the clean text that damage it, for the kinds asked."""
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
    return [(start, end, replacement) for start, end, replacement, kind in edits if kind in kinds]


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
