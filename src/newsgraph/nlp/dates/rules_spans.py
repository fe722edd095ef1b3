"""Rules for spans of time: ranges ("entre 2018 et 2019", "du 3 au 5 mai"), periods around the
publication ("dans les prochains jours"), shifts ("il y a dix-huit mois"), durations ("trois
ans") and recurrences ("chaque année").

Like rules_points, each rule turns one match of its pack pattern into a `Candidate` or None,
reading grammar from the match's named groups and values from the date lexicon.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import arithmetic as cal
from .arithmetic import DESIGNATOR_GRANULARITY
from .found import Candidate
from .language import parse_number, quantity
from .resolve import Context, resolve_day, resolve_month, resolve_weekday
from .rules_points import day_number, is_count, month_number, weekday_number

# What "quelques / ces derniers / les prochains" spans when no number is given:
# days -> a week, weeks -> four weeks, months -> six months, years -> five years.
FEW = {"D": 7, "W": 28, "M": 6, "Y": 5}


# ---- ranges -------------------------------------------------------------------------------

def _range_side(text: str, ctx: Context) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) of one side of a range, each None when the side leaves it out."""
    parts = ctx.pattern("range_side").fullmatch(text.strip())
    if not parts:
        return None, None, None
    day = day_number(parts["day"]) if parts["day"] else None
    month = month_number(parts["month"], ctx) if parts["month"] else None
    year = int(parts["year"]) if parts["year"] else None
    return day, month, year


def _side_point(day: int | None, month: int | None, year: int) -> cal.Point:
    if day is not None:
        return cal.day(date(year, month, day))
    if month is not None:
        return cal.month(year, month)
    return cal.year(year)


def range_(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'entre 2018 et 2019', 'du 3 au 5 mai', 'de mars à mai 2020', 'les 9 et 10 septembre'."""
    if bool(m["between"] or m["pair"]) != bool(m["conj"]):
        return None  # "entre … et", "de … à": not "entre … à"
    if m["pair"] and not m["a"][:1].isdigit():
        return None  # only "les 9 et 10 septembre"
    d1, m1, y1 = _range_side(m["a"], ctx)
    d2, m2, y2 = _range_side(m["b"], ctx)
    if d1 is not None and m1 is None:
        if d2 is None:
            return None
        m1 = m2
    if (m1 is None) != (m2 is None) and y1 is None:
        return None  # "de 2018 à mai": mixed shapes without a year on the left
    if y2 is None and not ctx.lexicon.names_capitalised and \
            (m["a"][:1].isupper() and m1 and d1 is None or m["b"][:1].isupper()):
        return None  # "de Mars à Vénus"
    if m1 is None and m2 is None:  # year to year: a count if a unit follows
        if is_count(ctx, m.end()) or y1 > y2:
            return None
    granularity = "day" if d2 is not None else "month" if m2 is not None else "year"
    found = Candidate(m.start(), m.end(), None, granularity, "range")
    try:
        if y2 is None:
            if ctx.pub is None:
                return found
            direction = ctx.direction(m.start(), m.end())
            if d1 is not None:
                start = resolve_day(m1, d1, ctx.pub, direction)
                y1 = start.year
            else:
                y1 = int(resolve_month(m1, ctx.pub, direction).value[:4])
            y2 = y1 + (1 if (m2, d2 or 0) < (m1, d1 or 0) else 0)
        elif y1 is None:
            y1 = y2 - (1 if m1 is not None and (m1, d1 or 0) > (m2, d2 or 0) else 0)
        a, b = _side_point(d1, m1, y1), _side_point(d2, m2, y2)
    except (ValueError, AttributeError):
        return None
    if a.first and b.first and a.first > b.first:
        return None
    return found.cover(cal.span(a, b))


def year_span(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'2015-2020', '2021-22', 'en 2014/15'."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < 100:  # "2021-22"
        y2 += y1 // 100 * 100
    if not 0 < y2 - y1 <= 100 or is_count(ctx, m.end()):
        return None
    start = m.start() if m["lead"] else m.start("y1")
    return Candidate(start, m.end(), None, "year", "range").cover(cal.span(cal.year(y1), cal.year(y2)))


def weekday_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'de lundi à mercredi', 'entre mardi et jeudi': consecutive days."""
    if bool(m["between"]) != bool(m["conj"]):
        return None
    found = Candidate(m.start(), m.end(), None, "day", "range")
    if ctx.pub is None:
        return found
    first_wd = weekday_number(m["first_weekday"], ctx)
    last_wd = weekday_number(m["last_weekday"], ctx)
    first = resolve_weekday(first_wd, ctx.pub, ctx.direction(m.start(), m.end()), False)
    last = first + timedelta(days=(last_wd - first_wd) % 7)
    return found.cover(cal.span(cal.day(first), cal.day(last)))


# ---- spans around the publication ----------------------------------------------------------

def period_around(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'dans les prochains jours', 'ces derniers mois', 'les trois prochains mois'."""
    unit = ctx.lexicon.units[(m["unit"] or m["unit2"]).lower()]
    future = bool(m["next"] or m["next2"])
    if m["these"] and future:
        return None
    if m["within"] and not future:
        return None
    designator = unit.designator
    count = m["n1"] or m["n2"]
    n = (parse_number(count, ctx.lexicon) if count else FEW.get(designator, 5)) or 1
    n *= unit.count
    granularity = {"D": "day", "W": "day", "M": "month", "Y": "year"}[designator]
    found = Candidate(m.start(), m.end(), None, granularity, "range")
    pub = ctx.pub
    if pub is None:
        return found
    if designator in ("D", "W"):
        days = n if designator == "D" or not count else 7 * n
        if future:
            first, last = cal.day(pub + timedelta(days=1)), cal.day(pub + timedelta(days=days))
        else:
            first, last = cal.day(pub - timedelta(days=days)), cal.day(pub)
    elif designator == "M":
        if future:
            first = cal.month(*cal.add_months(pub.year, pub.month, 1))
            last = cal.month(*cal.add_months(pub.year, pub.month, n))
        else:
            first = cal.month(*cal.add_months(pub.year, pub.month, -n))
            last = cal.month(pub.year, pub.month)
    else:
        first, last = ((cal.year(pub.year + 1), cal.year(pub.year + n)) if future
                       else (cal.year(pub.year - n), cal.year(pub.year)))
    return found.cover(cal.span(first, last))


def shifted(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'il y a dix-huit mois' (a point back), 'dans trois jours' (ahead); 'il y a quelques
    jours' is a range on the side of the shift."""
    unit = ctx.lexicon.units[m["unit"].lower()]
    designator = unit.designator
    n = quantity(m, ctx.lexicon)
    sign = 1 if m["ahead"] else -1
    granularity = DESIGNATOR_GRANULARITY[designator]
    pub = ctx.pub
    if n is None:
        if granularity == "week":
            granularity = "day"
        found = Candidate(m.start(), m.end(), None, granularity, "range")
        if pub is not None:
            step = "D" if designator == "W" else designator  # FEW counts weeks in days
            near, far = cal.shift_date(pub, sign, step), cal.shift_date(pub, sign * FEW[designator], step)
            a, b = (far, near) if sign < 0 else (near, far)
            found.cover(cal.span(cal.unit_point(a, step), cal.unit_point(b, step)))
        return found
    if pub is None:
        return Candidate.point(m.start(), m.end(), None, granularity)
    n *= unit.count
    if m["half"] and designator == "Y":
        d = cal.shift_date(pub, sign * (12 * n + 6), "M")
        return Candidate.point(m.start(), m.end(), cal.month(d.year, d.month), "month")
    d = cal.shift_date(pub, sign * n, designator)
    return Candidate.point(m.start(), m.end(), cal.unit_point(d, designator), granularity)


# ---- durations and sets --------------------------------------------------------------------

def _is_age(m: re.Match[str], ctx: Context) -> bool:
    """'un homme de 50 ans', 'à 50 ans', 'ses 50 ans', 'les moins de 25 ans', 'Jean, 50 ans,'."""
    left = ctx.pattern("age_left").search(ctx.left(m.start(), 60))
    if left:
        if left["of"] and (left["w"] or "").lower() not in ctx.lexicon.length_nouns:
            return True  # "de 50 ans" after a word that asks for no length
        if left["at"] and not ctx.pattern("sentence_penalty").match(ctx.text, m.end()):
            return True  # "à 50 ans", but "condamné à cinq ans de prison" is a length
        if not left["of"] and not left["at"]:
            return True  # a possessive: "ses 50 ans"
    if ctx.pattern("age_group").search(ctx.left(m.start(), 30)) \
            or ctx.pattern("aged").search(ctx.left(m.start(), 30)):
        return True
    # apposed age: "Jean Dupont, 50 ans, ..."
    return bool(re.search(r",\s*$", ctx.left(m.start(), 3))
                and re.match(r"\s*[,)]", ctx.text[m.end():m.end() + 3]))


def duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'dix-huit mois' (P18M), 'un an et demi' (P1Y6M), 'quelques jours' (PXD)."""
    unit_word = m["unit"].lower()
    if m["unit"][0].isupper():
        return None  # "la guerre de Cent Ans"
    if f"{m['qty'].lower()} {unit_word}" in ctx.lexicon.not_durations:
        return None  # "un jour" is "some day"
    unit = ctx.lexicon.units[unit_word]
    if unit.designator in ("Y", "M") and unit.count == 1 and _is_age(m, ctx):
        return None
    n = quantity(m, ctx.lexicon)
    if n == 0:
        return None
    value = cal.iso_duration(n, unit.designator, unit.count, bool(m["half"]))
    return Candidate(m.start(), m.end(), value, "duration", "duration")


def vague_duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'depuis des mois' (PXM): the span is the quantifier and the unit."""
    unit = ctx.lexicon.units[m["unit"].lower()]
    value = cal.iso_duration(None, unit.designator, unit.count)
    return Candidate(m.start("q"), m.end(), value, "duration", "duration")


def recurrence(m: re.Match[str], ctx: Context) -> Candidate | None:
    """'chaque année' (P1Y), 'tous les deux ans' (P2Y), 'tous les lundis' (XXXX-WXX-1)."""
    n = parse_number(m["n"], ctx.lexicon) if m["n"] else 1
    if n is None:
        return None
    if m["weekday"]:
        return Candidate(m.start(), m.end(), f"XXXX-WXX-{weekday_number(m['weekday'], ctx) + 1}", "day", "set")
    unit = ctx.lexicon.units[m["unit"].lower()]
    return Candidate(m.start(), m.end(), f"P{n * unit.count}{unit.designator}",
                     DESIGNATOR_GRANULARITY[unit.designator], "set")
