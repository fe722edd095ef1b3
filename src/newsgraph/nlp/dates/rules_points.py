"""Rules for points in time: days, weeks, months, years, seasons, decades, centuries, quarters.

Each rule turns one match of its pack pattern (date_patterns.toml, same name) into a
`Candidate`, or None to reject it. Rules read a match's grammar from its named groups and the
value of its words from the date lexicon; they hold no word of any language.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import arithmetic as cal
from .found import Candidate
from .language import parse_number
from .resolve import Context, pick, relation, resolve_day, resolve_month, resolve_season, resolve_weekday


def day_number(text: str) -> int:
    """The day of '1er', '12', '3ᵉ'."""
    return int(re.match(r"\d+", text).group())


def month_number(text: str, ctx: Context) -> int:
    """The month of a month word or abbreviation ('avril', 'sept.')."""
    return ctx.lexicon.months[text.lower().rstrip(".")]


def weekday_number(text: str, ctx: Context) -> int:
    """0 (Monday) .. 6 for a weekday word."""
    return ctx.lexicon.weekdays[text.lower()]


def at_sentence_start(ctx: Context, start: int) -> bool:
    before = ctx.text[:start].rstrip()
    return not before or before[-1] in ".!?…:;\n«\"(-—"


# ---- days ---------------------------------------------------------------------------------

def full_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    day, month = day_number(m["day"]), month_number(m["month"], ctx)
    weekday = weekday_number(m["weekday"], ctx) if m["weekday"] else None
    if m["year"]:
        try:
            d = date(int(m["year"]), month, day)
        except ValueError:
            return None
        return Candidate.point(m.start(), m.end(), cal.day(d), "day")
    if ctx.pub is None:
        return Candidate.point(m.start(), m.end(), None, "day")
    direction, strict = relation(m, ctx)
    d = resolve_day(month, day, ctx.pub, direction, strict, weekday)
    return Candidate.point(m.start(), m.end(), cal.day(d) if d else None, "day")


def numeric_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    day, month = int(m["day"]), int(m["month"])
    year = m["year"]
    if year is None:
        if not m["det"] or m["sep"] != "/" or ctx.pub is None:
            return None
        d = resolve_day(month, day, ctx.pub, ctx.direction(m.start(), m.end()))
        return Candidate.point(m.start(), m.end(), cal.day(d) if d else None, "day")
    y = int(year)
    if len(year) == 2:  # '23' -> 2023 unless that is well after publication
        pivot = (ctx.pub.year % 100 + 1) if ctx.pub else 30
        y += 2000 if y <= pivot else 1900
    if not 1000 <= y <= 2100:
        return None
    try:
        d = date(y, month, day)
    except ValueError:
        return None
    return Candidate.point(m.start(), m.end(), cal.day(d), "day")


def iso_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    try:
        d = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return Candidate.point(m.start(), m.end(), cal.day(d), "day")


def named_by_capital(m: re.Match[str], ctx: Context, start: int | None = None) -> bool:
    """A capital where the language writes months and weekdays in lower case, not at a sentence
    start: "le Journal du Dimanche", "Vendredi" the film, "Mars" the planet. English capitalises
    them all (the pack's `names_capitalised`), so there a capital says nothing."""
    start = m.start() if start is None else start
    return not ctx.lexicon.names_capitalised and ctx.text[start:start + 1].isupper() \
        and not at_sentence_start(ctx, start)


def weekday_point(m: re.Match[str], ctx: Context) -> Candidate | None:
    if named_by_capital(m, ctx):
        return None  # "le Journal du Dimanche", "Vendredi" the film
    if (ctx.pattern("timetable_opening").search(ctx.left(m.start(), 5))
            and ctx.pattern("timetable_closing").match(ctx.text, m.end())
            or ctx.pattern("timetable_end").search(ctx.left(m.start(), 25))):
        return None  # "du lundi au vendredi": opening hours, not two dates
    if ctx.pub is None:
        return Candidate.point(m.start(), m.end(), None, "day")
    direction, strict = relation(m, ctx)
    d = resolve_weekday(weekday_number(m["weekday"], ctx), ctx.pub, direction, strict)
    return Candidate.point(m.start(), m.end(), cal.day(d), "day")


def weekday_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    if named_by_capital(m, ctx):
        return None
    found = Candidate.point(m.start(), m.end(), None, "day")
    if ctx.pub is None:
        return found
    weekday, day = weekday_number(m["weekday"], ctx), day_number(m["day"])
    best = None
    for shift in (-1, 0, 1):  # the month before, of, or after publication
        y, month = cal.add_months(ctx.pub.year, ctx.pub.month, shift)
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and (best is None or abs(d - ctx.pub) < abs(best - ctx.pub)):
            best = d
    if best is None:
        return found  # no such day near publication: found, but not dated
    return Candidate.point(m.start(), m.end(), cal.day(best), "day")


def relative_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m["word"]:
        shift = ctx.lexicon.day_shifts.get(" ".join(m["word"].lower().split()), 0)
    else:
        shift = -1 if m["last_night"] else 0
    if ctx.pub is None:
        return Candidate.point(m.start(), m.end(), None, "day")
    return Candidate.point(m.start(), m.end(), cal.day(ctx.pub + timedelta(days=shift)), "day")


def anchored_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    found = Candidate.point(m.start(), m.end(), None, "day")
    found.shift = ctx.lexicon.day_shifts[m["word"].lower()]  # dated once all days are known
    return found


# ---- periods relative to publication ------------------------------------------------------

def relative_period(m: re.Match[str], ctx: Context) -> Candidate | None:
    related = m["next"] or m["last"] or m["current"]
    if m["the"] and not related:
        return None  # "la semaine", "le mois" alone are not dates
    if m["needs_relation"] and not related:
        return None
    step = 1 if m["next"] else -1 if m["last"] else 0
    granularity = ctx.lexicon.units[m["unit"].lower()].granularity
    pub = ctx.pub
    if pub is None:
        return Candidate.point(m.start(), m.end(), None, granularity)
    if granularity == "week":
        point = cal.week(pub + timedelta(weeks=step))
    elif granularity == "month":
        point = cal.month(*cal.add_months(pub.year, pub.month, step))
    elif granularity == "century":
        point = cal.century(pub.year // 100 + 1 + step)
    elif granularity == "decade":
        point = cal.decade((pub.year // 10 + step) * 10)
    else:
        point = cal.year(pub.year + step)
    return Candidate.point(m.start(), m.end(), point, granularity)


def edge_relative(m: re.Match[str], ctx: Context) -> Candidate | None:
    granularity = ctx.lexicon.units[m["unit"].lower()].granularity
    pub = ctx.pub
    if pub is None:
        return Candidate.point(m.start(), m.end(), None, granularity)
    if granularity == "year":
        point = cal.year(pub.year)
    elif granularity == "month":
        point = cal.month(pub.year, pub.month)
    elif granularity == "week":
        point = cal.week(pub)
    else:
        point = cal.day(pub)
    return Candidate.point(m.start(), m.end(), point, granularity)


# ---- months, years, decades, centuries, seasons, quarters -----------------------------------

def month_point(m: re.Match[str], ctx: Context) -> Candidate | None:
    month_text = m["month"]
    month = month_number(month_text, ctx)
    if m["year"]:
        return Candidate.point(m.start(), m.end(), cal.month(int(m["year"]), month), "month")
    if month_text[0].isupper() and not ctx.lexicon.names_capitalised:
        return None  # "Mars" without a year: more likely the planet or a name
    if not m["prep"] and not m["next"] and not m["last"] \
            and not ctx.pattern("left_trigger").search(ctx.left(m.start())):
        return None
    if ctx.pub is None:
        return Candidate.point(m.start(), m.end(), None, "month")
    direction, strict = relation(m, ctx)
    return Candidate.point(m.start(), m.end(), resolve_month(month, ctx.pub, direction, strict), "month")


def is_count(ctx: Context, end: int) -> bool:
    """True if the number ending at `end` is followed by what it counts ('2000 euros')."""
    lex = ctx.lexicon
    if ctx.pattern("per_cent").match(ctx.text, end):
        return True
    after = ctx.pattern("after_year").match(ctx.text, end)
    if not after:
        return False
    word = after["w"]
    low = word.lower()
    if low in lex.count_nouns or lex.strip_plural(low) in lex.count_nouns:
        return True
    if len(low) < 3 or ctx.text.startswith("'", after.end()):
        return False  # an elided word ("s'achève", "l'a") or a short one
    return word[0].islower() and low.endswith(lex.plural_endings) and low not in lex.function_words


def year_point(m: re.Match[str], ctx: Context) -> Candidate | None:
    if not m["prep"] and not ctx.pattern("left_trigger").search(ctx.left(m.start())):
        return None
    if is_count(ctx, m.end()):
        return None
    return Candidate.point(m.start(), m.end(), cal.year(int(m["year"])), "year")


def decade_year(text: str, ctx: Context) -> int:
    """'1990', '90', 'quatre-vingt-dix' -> 1990; two digits are the 1900s except '00'."""
    text = text.lower()
    if not text.isdigit():
        return 1900 + parse_number(text, ctx.lexicon)
    y = int(text)
    if y < 100:
        y += 2000 if y == 0 else 1900
    return y


def decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    first = cal.decade(decade_year(m["decade"], ctx))
    if not m["decade2"]:
        return Candidate.point(m.start(), m.end(), first, "decade")
    last = cal.decade(decade_year(m["decade2"], ctx))
    if last.first < first.first:
        return None
    return Candidate(m.start(), m.end(), None, "decade", "range").cover(cal.span(first, last))


def century(m: re.Match[str], ctx: Context) -> Candidate | None:
    text = m["number"]
    n = int(text) if text.isdigit() else cal.roman(text)
    if not 1 <= n <= 21:
        return None
    return Candidate.point(m.start(), m.end(), cal.century(n, bool(m["before_christ"])), "century")


def season(m: re.Match[str], ctx: Context) -> Candidate | None:
    first_month, last_month = ctx.lexicon.seasons[m["season"].lower()]
    if m["year"]:
        return Candidate.point(m.start(), m.end(), cal.year(int(m["year"])), "year")
    if m["season"][0].isupper():
        return None  # "au Printemps Haussmann"
    if m["the"] and not m["next"] and not m["last"]:
        return None  # "le printemps" alone is often generic
    if ctx.pub is None:
        return Candidate.point(m.start(), m.end(), None, "year")
    direction, strict = relation(m, ctx)
    y = resolve_season(first_month, last_month, ctx.pub, direction, strict)
    return Candidate.point(m.start(), m.end(), cal.year(y), "year")


def quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """A quarter or half-year as a range of months ('2023-07/2023-09')."""
    size = ctx.lexicon.units[m["unit"].lower()].count
    count = 12 // size
    if m["last"]:
        if not m["year"]:
            return None  # "le dernier trimestre" without a year: the latest one, unsaid
        index = count
    else:
        index = ctx.lexicon.ordinals[m["ordinal"].lower()]
    if index > count:
        return None
    found = Candidate(m.start(), m.end(), None, "month", "range")
    first_month = (index - 1) * size + 1
    if m["year"]:
        year = int(m["year"])
    elif ctx.pub is None:
        return found
    else:
        pub_key = (ctx.pub.year, (ctx.pub.month - 1) // size + 1)
        candidates = [((y, index), y) for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1)]
        year = pick(candidates, pub_key, ctx.direction(m.start(), m.end()), False)
    return found.cover(cal.span(cal.month(year, first_month), cal.month(year, first_month + size - 1)))
