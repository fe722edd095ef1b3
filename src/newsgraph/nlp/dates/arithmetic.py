"""Calendar arithmetic for the date rules, the same in every language: ISO 8601 / EDTF values,
the calendar interval each value covers, weeks, month shifts, durations and Roman numerals.

A `Point` is one calendar unit (a day, an ISO week, a month, a year, a decade, a century) with
its ISO value and the first and last day it covers; ranges join two points ("2018/2019") and
an open end is `OPEN` ("../2022").
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# ISO 8601 duration designators and the calendar granularity of each
DESIGNATOR_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit: its value ('2023-09-12', '2023-W37', '199X'), granularity and days."""

    value: str
    granularity: str | None
    first: date | None
    last: date | None


# the open end of a range: "../2022" (until), "2011/.." (from)
OPEN = Point("..", None, None, None)


def day(d: date) -> Point:
    return Point(d.isoformat(), "day", d, d)


def week(d: date) -> Point:
    """The ISO week that contains d ('2023-W37', Monday to Sunday)."""
    y, w, wd = d.isocalendar()
    monday = d - timedelta(days=wd - 1)
    return Point(f"{y:04d}-W{w:02d}", "week", monday, monday + timedelta(days=6))


def month(y: int, m: int) -> Point:
    return Point(f"{y:04d}-{m:02d}", "month", date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))


def year(y: int) -> Point:
    return Point(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def decade(y: int) -> Point:
    """The decade starting in year y ('199X' for 1990), in EDTF's unspecified-digit notation."""
    return Point(f"{y // 10:03d}X", "decade", date(y, 1, 1), date(min(y + 9, 9999), 12, 31))


def century(n: int, before_christ: bool = False) -> Point:
    """The n-th century ('18XX' for the 19th); before Christ it has no datetime.date interval."""
    if before_christ:
        return Point(f"-{n - 1:02d}XX", "century", None, None)
    first = max(1, (n - 1) * 100)
    return Point(f"{n - 1:02d}XX", "century", date(first, 1, 1), date(first + 99, 12, 31))


def span(start: Point, end: Point) -> Point:
    """The range from start to end ('2018/2019'); the granularity is left to the caller."""
    return Point(f"{start.value}/{end.value}", None, start.first, end.last)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) n months after (y, m); n may be negative."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_date(d: date, n: int, unit: str) -> date:
    """d moved by n units (D, W, M, Y), clamping the day for short months."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = n if unit == "M" else 12 * n
    y, m = add_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def unit_point(d: date, unit: str) -> Point:
    """The day, week, month or year (unit D, W, M, Y) that contains d."""
    if unit == "D":
        return day(d)
    if unit == "W":
        return week(d)
    if unit == "M":
        return month(d.year, d.month)
    return year(d.year)


# TIMEX3's designators for an unspecified number of decades and centuries
_UNSPECIFIED = {10: "DE", 100: "CE"}


def iso_duration(n: int | None, designator: str, count: int, half: bool = False) -> str:
    """'P18M', 'P3Y', 'P1Y6M' (n and a half years), 'P20Y' (2 decades); an unspecified amount
    as TIMEX3 writes it ('PXM', 'PXDE' for decades, 'PXCE' for centuries)."""
    if n is None:
        return "PX" + _UNSPECIFIED.get(count, designator)
    n *= count
    if not half:
        return f"P{n}{designator}"
    if designator == "Y":
        return f"P{n}Y6M"
    if designator == "M":
        return f"P{n}M15D"
    return f"P{n}.5{designator}"


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int:
    """The value of a Roman numeral ('XIX' -> 19); upper case."""
    total = 0
    for i, ch in enumerate(text):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total


def measure(key: date | tuple[int, int]) -> int:
    """A resolution key as a number: dates in days, (year, month) pairs in months."""
    return key.toordinal() if isinstance(key, date) else key[0] * 12 + key[1]
