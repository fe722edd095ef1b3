"""Which report owns the end of a sentence, where the pack gives each word one attribution at most.

"The senator endorses Lee, who says she is honored": a report in a relative clause that closes the
reported words of another report ("who says …" at the end of what "endorses" reports) is an
attribution of its own, and its source and cue cannot be content of the first (PolNeAR annotates
each word in one role of one attribution, and the relative pronoun as the source). The outer report
then ends before the relative clause's antecedent-side comma, and both are kept. Reports inside
quotation marks stay the quoted speaker's words.
"""
from __future__ import annotations

from .quotemarks import QuotedSpan
from .reports import FoundQuote

# what is trimmed off the outer words where they are cut
TRIM = " \t\n\u00a0,;:—–-("
# the fewest characters of outer words left before the relative clause
MIN_LEFT = 3


def _in_marks(quoted: list[QuotedSpan], position: int) -> bool:
    return any(q.depth == 0 and q.open_at <= position < q.outer_end for q in quoted)


def cut_before_relative_reports(text: str, quotes: list[FoundQuote], quoted: list[QuotedSpan],
                                relatives: frozenset[str]) -> None:
    """End each reported (not quoted) content where a report whose source is a relative pronoun
    closes it (in place)."""
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for k, outer in enumerate(ordered):
        if outer.type == "direct" or outer.continuation:
            continue
        for inner in ordered[k + 1:]:
            if inner.start >= outer.end:
                break
            if inner.speaker is None or inner.end < outer.end - 2 or inner.end > outer.end + 1:
                continue
            head = inner.speaker[0]
            if text[inner.speaker[0]:inner.speaker[1]].lower() not in relatives or \
                    head <= outer.start + MIN_LEFT or _in_marks(quoted, head):
                continue
            if not text[outer.start:head].rstrip().endswith((",", "—", "–", "--")):
                continue  # a restrictive clause ("anybody who complains …") is part of the words
            end = outer.start + len(text[outer.start:head].rstrip(TRIM))
            if end - outer.start >= MIN_LEFT:
                outer.end = end
                break
