"""The dateline of wire copy and Wikinews ("2 juillet 2012. - …", "WASHINGTON (AP) —"): one parser
for every caller.

It reads the language pack's `dateline` pattern and month table, so it needs no spaCy and the
process stage can call it before any parse to date an article that came without a date.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Callable

from ..lang import LanguagePack

# a dateline sits in the first lines of a text; looking further finds dates inside the story
HEAD_CHARS = 600


@cache
def month_numbers(pack: LanguagePack) -> dict[str, int]:
    """Month words (lower case, with and without accents) to their number."""
    return {row["form"].lower(): int(row["month"]) for row in pack.table("months", ("form", "month"))}


def find_dateline(text: str, pack: LanguagePack, *, anywhere_in_head: bool = False) -> re.Match[str] | None:
    """The dateline at the very start of `text` (or, with anywhere_in_head, at the start of any
    line of its first HEAD_CHARS characters, after a headline)."""
    pattern = pack.pattern("dateline")
    if anywhere_in_head:
        return pattern.search(text[:HEAD_CHARS])
    return pattern.match(text)


def glued_dateline(text: str, pack: LanguagePack,
                   known_place: Callable[[str], bool] | None = None) -> tuple[int, re.Match[str]] | None:
    """A dateline run into the end of the headline, when a scraper lost the line break between
    them ("… en Afrique de l'Ouest1er janvier 2016. – Lors …"): where it starts in the text, and
    its match on the rest of the line (offsets from that place). It is looked for in the first
    line only, at each place a word starts (after a space, or glued to a word of another class:
    letter then digit, lower then upper case), and must give a year; or, with `known_place` (the
    caller's gazetteer), be a place in capitals it knows ("… à Genève GENÈVE - Après …"): any
    capitalised word before a dash is no dateline, a headline's words are seldom all capitals; or
    a place it knows with its agency, glued to the word before it ("… l'attaque de BanjskaBerne (ats) –")."""
    end = text.find("\n", 0, HEAD_CHARS)
    line = text[:HEAD_CHARS if end < 0 else end]
    pattern = pack.pattern("dateline")
    for position in range(1, len(line)):
        before, here = line[position - 1], line[position]
        if not here.isalnum() or before.isalnum() and before.isdigit() == here.isdigit() and \
                not (before.islower() and here.isupper()):
            continue
        found = pattern.match(line[position:])
        if found and line[:position].strip() and (found.group("year") or _known_capitals(found, known_place) or
                                                  not before.isspace() and _known_wire_place(found, known_place)):
            return position, found
    return None


# the place of a place dateline: its words before a comma, a bracket or a dash that is no hyphen
_PLACE_END = re.compile(r"\s*(?:[,(–—]|\s-|-\s)")
_OPENING_MARKS = "«\"“„'‘"


def _known_wire_place(found: re.Match[str], known_place: Callable[[str], bool] | None) -> bool:
    """Whether a dateline without a date glued to the word before it ("… de BanjskaBerne (ats) – Le
    Conseil …") is a place the caller knows with its agency in brackets: a place written in small
    letters may open a headline's own words, but not glued inside a word and before an agency."""
    if known_place is None or "(" not in found.group(0):
        return False
    place = _PLACE_END.split(found.group(0).strip(), maxsplit=1)[0]
    return len(place) > 1 and known_place(place)


def _known_capitals(found: re.Match[str], known_place: Callable[[str], bool] | None) -> bool:
    """Whether a dateline without a date names, in capitals, a place the caller knows."""
    if known_place is None:
        return False
    place = _PLACE_END.split(found.group(0).strip(), maxsplit=1)[0]
    # the story's first sentence opens after it ("PARIS - le président arrive" is a headline's)
    story = found.string[found.end():found.end() + 1]
    return len(place) > 1 and place.isupper() and (story.isupper() or story in _OPENING_MARKS) and \
        known_place(place)


def pattern_matches(text: str, pack: LanguagePack) -> list[re.Match[str]]:
    """Every dateline at the start of a line of the first HEAD_CHARS characters."""
    return list(pack.pattern("dateline").finditer(text[:HEAD_CHARS]))


def dateline_date(text: str, pack: LanguagePack) -> str | None:
    """The publication date a dateline near the start of the text gives, as YYYY-MM-DD, if any."""
    # the first dateline that gives a full date ("WASHINGTON (AP) —" gives only a place)
    match = next((m for m in pattern_matches(text, pack) if m.group("year")), None)
    if not match and (glued := glued_dateline(text, pack)):
        match = glued[1]
    if not match:
        return None
    month = month_numbers(pack).get(match.group("month").lower().rstrip("."))
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:  # "31 février"
        return None
