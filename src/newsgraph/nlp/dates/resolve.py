"""Resolution: which occurrence a year-less date means ("en avril", "mardi", "le 3 mai"), from
the publication date and the tense of the clause, and the day "la veille" hangs on.

News mostly looks back, so the past is the default; a future form, "doit", "prévu" ... (the
tense detector, nlp/tense.py) or "prochain" looks ahead.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ...lang import LanguagePack
from ..tense import tense_marker
from .arithmetic import Point, day, measure, month
from .found import Candidate
from .language import DateLexicon

# Words and the punctuation that bounds a clause (not words: the same in every language).
_CLAUSE_TOKEN = re.compile(r"[^\W\d_]+|[,;:()«»\"]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|[\"«A-ZÀ-Ý])|\n")
# "la veille" hangs on a day mentioned this close before it, in the same paragraph
ANCHOR_REACH = 400


class Context:
    """The text being scanned (cleaned), its publication date and its language's date words."""

    __slots__ = ("text", "pub", "lexicon", "pack", "_clause_openers")

    def __init__(self, text: str, pub: date | None, lexicon: DateLexicon):
        self.text = text
        self.pub = pub
        self.lexicon = lexicon
        self.pack: LanguagePack = lexicon.pack
        self._clause_openers = self.pack.words("tense_clause_openers")

    def left(self, start: int, width: int = 40) -> str:
        return self.text[max(0, start - width):start]

    def pattern(self, name: str) -> re.Pattern[str]:
        return self.lexicon.patterns[name]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        begin = 0
        for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
            begin = m.end()
        stop = _SENTENCE_END.search(text, end)
        return begin, stop.end() if stop else len(text)

    def direction(self, start: int, end: int) -> int:
        """+1 (future) or -1 (past) from the tense markers around [start, end); 0 if none.

        Time adverbs follow the verb they modify ("ont débuté mercredi et vont durer") or are
        fronted before it ("Jeudi, ils se réuniront"): the clause's marker before the
        expression wins, then the one after it, then the nearest in the sentence.
        """
        begin, stop = self.sentence(start, end)
        tokens = list(_CLAUSE_TOKEN.finditer(self.text, begin, stop))
        senses = [self._sense(tokens, i, begin) for i in range(len(tokens))]
        before = [i for i, t in enumerate(tokens) if t.end() <= start]
        after = [i for i, t in enumerate(tokens) if t.start() >= end]
        for side in (reversed(before), after):
            for i in side:
                if senses[i] is None:
                    break  # a clause boundary
                if senses[i]:
                    return senses[i]
        best: tuple[int, int] | None = None
        for i, tok in enumerate(tokens):
            if senses[i] and not start <= tok.start() < end:
                distance = start - tok.end() if tok.end() <= start else tok.start() - end
                if best is None or distance < best[0]:
                    best = (distance, senses[i])
        return best[1] if best else 0

    def _sense(self, tokens: list[re.Match[str]], i: int, begin: int) -> int | None:
        """+1 future marker, -1 past marker, 0 neither, None for a clause boundary."""
        tok = tokens[i]
        word = tok.group()
        if not word[0].isalnum():
            return None
        if word.lower() in self._clause_openers:
            return None
        if word[0].isupper() and tok.start() != begin:
            return 0  # verbs are not capitalised mid-sentence; names are
        previous = tokens[i - 1].group() if i else ""
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        return tense_marker(word, self.pack, previous=previous, following=following)


def pick(candidates: list[tuple], pub_key, direction: int, strict: bool):
    """The candidate (key, result) nearest pub_key on the side given by direction.

    With no tense to go by (direction 0), news looks back: the next occurrence wins only
    when it is less than half as far as the last one ("s'achève le 29 juin", mid-June).
    """
    if direction == 0:
        past = pick(candidates, pub_key, -1, strict)
        future = pick(candidates, pub_key, 1, strict)
        keys = {result: key for key, result in candidates}
        here = measure(pub_key)
        if 2 * (measure(keys[future]) - here) < here - measure(keys[past]):
            return future
        return past
    if direction < 0:
        ok = [c for c in candidates if c[0] < pub_key or (not strict and c[0] == pub_key)]
        return max(ok)[1] if ok else min(candidates)[1]
    ok = [c for c in candidates if c[0] > pub_key or (not strict and c[0] == pub_key)]
    return min(ok)[1] if ok else max(candidates)[1]


def resolve_day(month_number: int, day_number: int, pub: date, direction: int, strict: bool = False,
                weekday: int | None = None) -> date | None:
    """The year of '12 septembre' nearest publication on the side of `direction`."""
    candidates = []
    for y in range(pub.year - 4, pub.year + 5):
        try:
            d = date(y, month_number, day_number)
        except ValueError:
            continue
        candidates.append((d, d))
    if not candidates:
        return None
    if weekday is not None:  # "mardi 12 septembre": the year whose 12 September is a Tuesday
        matching = [c for c in candidates
                    if c[0].weekday() == weekday and abs(c[0].year - pub.year) <= 1]
        if matching:
            return min(matching, key=lambda c: abs((c[0] - pub).days))[0]
    near = [c for c in candidates if abs(c[0].year - pub.year) <= 1] or candidates
    return pick(near, pub, direction, strict)


def resolve_month(month_number: int, pub: date, direction: int, strict: bool = False) -> Point:
    candidates = [((y, month_number), y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return month(pick(candidates, (pub.year, pub.month), direction, strict), month_number)


def resolve_weekday(weekday: int, pub: date, direction: int, strict: bool) -> date:
    if direction == 0:
        back = (pub.weekday() - weekday) % 7
        ahead = (weekday - pub.weekday()) % 7
        direction = 1 if back and 2 * ahead < back else -1
    if direction < 0:
        delta = (pub.weekday() - weekday) % 7
        if strict and delta == 0:
            delta = 7
        return pub - timedelta(days=delta)
    delta = (weekday - pub.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return pub + timedelta(days=delta)


def resolve_season(first_month: int, last_month: int, pub: date, direction: int,
                   strict: bool) -> int:
    """The year a season is named by (a winter by its January)."""
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        end_year = y + 1 if last_month < first_month else y
        first = date(y, first_month, 1)
        last = date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
        candidates.append((first, last, end_year))
    if direction <= 0:
        ok = [c for c in candidates if (c[1] < pub if strict else c[0] <= pub)]
        return max(ok)[2] if ok else candidates[0][2]
    ok = [c for c in candidates if (c[0] > pub if strict else c[1] >= pub)]
    return min(ok)[2] if ok else candidates[-1][2]


def relation(m: re.Match[str], ctx: Context) -> tuple[int, bool]:
    """(direction, strict) from the match's 'prochain' (next) / 'dernier' (last) group, else
    from the tense of the clause; with no tense, a bound before it looks ahead."""
    if m["next"]:
        return 1, True
    if m["last"]:
        return -1, True
    direction = ctx.direction(m.start(), m.end())
    if direction == 0 and ctx.pattern("ahead_before").search(ctx.left(m.start(), 20)):
        direction = 1
    return direction, False


def resolve_anchors(found: list[Candidate], ctx: Context) -> None:
    """Date 'la veille'/'le lendemain' from the last day mentioned before, in the paragraph."""
    last_day: tuple[int, date] | None = None
    for item in found:
        if item.shift is not None:
            anchor = None
            if last_day and "\n" not in ctx.text[last_day[0]:item.start] \
                    and item.start - last_day[0] <= ANCHOR_REACH:
                anchor = last_day[1]
            elif ctx.pub is not None:
                anchor = ctx.pub
            if anchor is not None:
                item.cover(day(anchor + timedelta(days=item.shift)))
        if item.kind == "date" and item.granularity == "day" and item.first is not None:
            last_day = (item.end, item.first)
