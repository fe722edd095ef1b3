"""Measure dateparser on a gold date table (eval/dates_<lang>.tsv), offline, as a baseline for the
project's own date rules: `python tools/measure_dateparser.py eval/dates_en.tsv`.

dateparser answers with one datetime per expression, so a row is right when `search_dates` finds
exactly the gold expression (or, leniently, words of it) and its datetime agrees with the gold value at the value's granularity
(day, ISO week, month, year, decade, century); ranges, durations and sets, which a datetime cannot
say, count as wrong; a row with no expression is right when nothing is found.
"""
from __future__ import annotations

import sys
import warnings
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsgraph.evaluate.dates import read_date_table, table_language  # noqa: E402


def agrees(found: datetime, value: str) -> bool:
    if "/" in value or value.startswith(("P", "XXXX")):
        return False  # a range, a duration or a set
    if "-W" in value:
        year, week = value.split("-W")
        iso = found.isocalendar()
        return (iso[0], iso[1]) == (int(year), int(week))
    if value.endswith("XX"):
        return str(found.year).startswith(value[:2])
    if value.endswith("X"):
        return str(found.year).startswith(value[:3])
    return found.strftime("%Y-%m-%d").startswith(value)


def main(path: str) -> None:
    warnings.simplefilter("ignore")
    from dateparser.search import search_dates
    lang = table_language(path)
    rows = read_date_table(path)
    right, lenient, by_kind = 0, 0, {}
    for row in rows:
        base = datetime.fromisoformat(row["published"]) if row["published"] else datetime(2023, 9, 12)
        found = search_dates(row["sentence"], languages=[lang],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        if row["expression"]:
            ok = any(text == row["expression"] and agrees(when, row["value"]) for text, when in found)
            # lenient: the value is right and the found words share a word with the expression
            words = set(row["expression"].lower().split())
            lenient += any(words & set(text.lower().replace(",", " ").split()) and agrees(when, row["value"])
                           for text, when in found)
        else:
            ok = not found
            lenient += ok
        right += ok
        kind = row["kind"] or "none"
        total, good = by_kind.get(kind, (0, 0))
        by_kind[kind] = (total + 1, good + ok)
        if not ok:
            print(f"  {row['expression'] or '-'!r:32} {row['value']:24} found {[(t, w.date().isoformat()) for t, w in found]}")
    print(f"dateparser on {path}: {right}/{len(rows)} = {right / len(rows):.3f} exact; "
          f"{lenient}/{len(rows)} = {lenient / len(rows):.3f} with the right value on overlapping words")
    for kind, (total, good) in sorted(by_kind.items()):
        print(f"  {kind:9} {good}/{total}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/dates_en.tsv")
