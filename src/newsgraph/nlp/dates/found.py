"""What the dates component finds: `FoundDate`, the typed result it writes on the Doc (and
`find_dates` returns), and `Candidate`, a match under consideration while the rules run."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .arithmetic import Point


@dataclass(slots=True)
class FoundDate:
    """A temporal expression of a text and its normalised value.

    start/end are character offsets in the text; value is ISO 8601 / EDTF ('2023-09-12',
    '2023-W37', '199X', '2018/2019', 'P18M', 'XXXX-WXX-1') or None when it depends on an unknown
    publication date; kind is date | range | duration | set. first/last are the calendar days
    the value covers (a month: its first and last day; an open range end: None), None for
    durations, sets and unresolved values, so no consumer has to parse `value` again.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    kind: str
    first: date | None
    last: date | None


@dataclass(slots=True)
class Candidate:
    """One rule's reading of a match; the cascade keeps the longest non-overlapping ones."""

    start: int
    end: int
    value: str | None
    granularity: str | None
    kind: str = "date"
    first: date | None = None
    last: date | None = None
    shift: int | None = None  # la veille / le lendemain: days from the day it hangs on

    @classmethod
    def point(cls, start: int, end: int, point: Point | None, granularity: str | None) -> Candidate:
        """A point in time; without a resolved point (no publication date) it has no value."""
        if point is None:
            return cls(start, end, None, granularity)
        return cls(start, end, point.value, point.granularity, "date", point.first, point.last)

    def cover(self, covered: Point) -> Candidate:
        """Take the value and the interval of `covered` (a point or a span), keeping the rest."""
        self.value, self.first, self.last = covered.value, covered.first, covered.last
        return self

    def result(self, text: str) -> FoundDate:
        if self.value is None or self.kind in ("duration", "set"):
            first = last = None
        else:
            first, last = self.first, self.last
        return FoundDate(self.start, self.end, text[self.start:self.end], self.value,
                         self.granularity, self.kind, first, last)
