"""Calendar arithmetic of the date rules (newsgraph.nlp.dates.arithmetic): no language involved."""
from datetime import date

from newsgraph.nlp.dates import arithmetic as cal


def test_iso_week_across_the_year_boundary():
    point = cal.week(date(2024, 1, 2))
    assert (point.value, point.first, point.last) == ("2024-W01", date(2024, 1, 1), date(2024, 1, 7))
    assert cal.week(date(2021, 1, 3)).value == "2020-W53"


def test_months_shift_and_clamp():
    assert cal.add_months(2023, 11, 3) == (2024, 2)
    assert cal.add_months(2023, 1, -1) == (2022, 12)
    assert cal.shift_date(date(2024, 3, 31), -1, "M") == date(2024, 2, 29)
    assert cal.shift_date(date(2024, 2, 29), -1, "Y") == date(2023, 2, 28)


def test_decades_centuries_and_spans():
    assert cal.decade(1990).value == "199X"
    nineteenth = cal.century(19)
    assert (nineteenth.value, nineteenth.first, nineteenth.last) == ("18XX", date(1800, 1, 1), date(1899, 12, 31))
    assert cal.century(1).first == date(1, 1, 1)
    assert cal.century(5, before_christ=True) == cal.Point("-04XX", "century", None, None)
    both = cal.span(cal.year(2018), cal.month(2019, 2))
    assert (both.value, both.first, both.last) == ("2018/2019-02", date(2018, 1, 1), date(2019, 2, 28))
    until = cal.span(cal.OPEN, cal.year(2022))
    assert (until.value, until.first, until.last) == ("../2022", None, date(2022, 12, 31))


def test_iso_durations():
    assert cal.iso_duration(18, "M", 1) == "P18M"
    assert cal.iso_duration(2, "Y", 10) == "P20Y"
    assert cal.iso_duration(1, "Y", 1, half=True) == "P1Y6M"
    assert cal.iso_duration(2, "D", 1, half=True) == "P2.5D"
    assert cal.iso_duration(None, "Y", 10) == "PXDE"
    assert cal.iso_duration(None, "M", 1) == "PXM"


def test_roman_numerals():
    assert [cal.roman(r) for r in ("XIX", "XXI", "IV", "V")] == [19, 21, 4, 5]
