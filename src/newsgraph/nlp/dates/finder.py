"""The cascade: every rule over the whole text, the words before a point absorbed ("depuis
2011"), overlaps settled longest first, "la veille" dated, typed results out."""
from __future__ import annotations

from datetime import date
from typing import Callable

import re

from ...lang import LanguagePack
from . import rules_points as points
from . import rules_spans as spans
from .arithmetic import OPEN, Point, day, span
from .found import Candidate, FoundDate
from .language import date_lexicon
from .resolve import Context, resolve_anchors

Rule = Callable[[re.Match[str], Context], Candidate | None]

# (pattern of date_patterns.toml, rule). Every rule runs over the whole text; overlaps are
# settled afterwards, longest first, so the order here only breaks ties between equally long
# matches.
RULES: tuple[tuple[str, Rule], ...] = (
    ("range", spans.range_),
    ("year_span", spans.year_span),
    ("full_date", points.full_date),
    ("numeric_date", points.numeric_date),
    ("iso_date", points.iso_date),
    ("period_around", spans.period_around),
    ("shifted", spans.shifted),
    ("edge_relative", points.edge_relative),
    ("relative_period", points.relative_period),
    ("relative_day", points.relative_day),
    ("anchored_day", points.anchored_day),
    ("season", points.season),
    ("quarter", points.quarter),
    ("century", points.century),
    ("decade", points.decade),
    ("month_point", points.month_point),
    ("year_point", points.year_point),
    ("weekday_range", spans.weekday_range),
    ("weekday_day", points.weekday_day),
    ("weekday_point", points.weekday_point),
    ("recurrence", spans.recurrence),
    ("duration", spans.duration),
    ("vague_duration", spans.vague_duration),
)

# Scraped-text warts: curly apostrophes and narrow/non-breaking spaces are mapped one
# character for one character, so offsets in the cleaned text are offsets in the original.
_CLEAN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                        "\u2010": "-", "\u2011": "-"})


def _absorb(found: Candidate, ctx: Context) -> Candidate:
    """Take in the words before a point: an edge ("fin 2012") keeps it a point, a bound makes
    it a range ("depuis 2011" -> 2011/<published>) or ("dès") keeps it a point."""
    if found.kind != "date":
        return found
    edge = ctx.pattern("edge_before").search(ctx.text, max(0, found.start - 30), found.start)
    if edge and found.granularity in ("year", "month", "decade", "century"):
        found.start = edge.start()
    bound = ctx.pattern("bound_before").search(ctx.text, max(0, found.start - 30), found.start)
    if not bound:
        return found
    found.start = bound.start()
    if bound["at"]:
        return found
    point = Point(found.value, found.granularity, found.first, found.last) if found.value else None
    pub = day(ctx.pub) if ctx.pub else None
    found.kind = "range"
    if bound["since"]:
        ends = (point, pub)
    elif bound["until"]:
        ends = (OPEN, point)
    elif bound["by"]:
        ends = (pub, point)
    else:  # starting from
        ends = (point, OPEN)
    if None in ends:
        found.value = found.first = found.last = None
    else:
        found.cover(span(*ends))
    return found


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping matches, longest first; ties go to the earlier rule."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    ranked = sorted(enumerate(candidates),
                    key=lambda ic: (-(ic[1].end - ic[1].start), ic[1].start, ic[0]))
    for _, cand in ranked:
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def publication_date(published: str | date | None) -> date | None:
    """The publication date as a date: a date, a 'YYYY-MM-DD…' string, else None."""
    if isinstance(published, date):
        return published
    if not published:
        return None
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | date | None, pack: LanguagePack) -> list[FoundDate]:
    """Every temporal expression in `text`, normalised against `published` ('YYYY-MM-DD'),
    with the date words and patterns of `pack`. Offsets index the original text; matches do
    not overlap and come sorted by start."""
    if not text:
        return []
    lexicon = date_lexicon(pack)
    ctx = Context(text.translate(_CLEAN), publication_date(published), lexicon)
    candidates = []
    for name, rule in RULES:
        for m in lexicon.pattern(name).finditer(ctx.text):
            found = rule(m, ctx)
            if found is not None:
                candidates.append(_absorb(found, ctx))
    selected = _select(candidates)
    resolve_anchors(selected, ctx)
    return [c.result(text) for c in selected]


def normalise(expression: str, published: str | date | None, pack: LanguagePack) -> FoundDate | None:
    """Normalise one expression: the match covering it whole, else its longest match."""
    found = find_dates(expression, published, pack)
    if not found:
        return None
    stripped = expression.strip()
    for item in found:
        if item.text == stripped:
            return item
    return max(found, key=lambda f: f.end - f.start)
