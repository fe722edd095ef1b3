"""A report of a quotation's own sentence that opens the marks and stops inside them.

The parse may close the object of a speech verb at a "!" or "?" inside the quoted words ("Sur
Twitter, X a dénoncé un « incident grave ! Malgré le vote, … »"): the report then holds the
opening mark and the first words only, and the rest of the quotation, left uncovered, would be
taken for a continuation of the previous speaker over the whole sentence. The report's words are
the quoted ones, to the closing mark.
"""
from __future__ import annotations

from .quotemarks import QuotedSpan
from .reports import FoundQuote


def stretch_report_into(reports: list[FoundQuote], sentence_start: int, q: QuotedSpan) -> FoundQuote | None:
    """The report cued in the quotation's sentence before its opening mark that stops inside
    the marks, stretched to the closing mark; None if there is none."""
    for report in reports:
        if report.continuation or report.cue is None:
            continue
        if sentence_start <= report.start < q.open_at and sentence_start <= report.cue[0] < q.open_at and \
                q.open_at < report.end < q.outer_end:
            report.end = q.outer_end
            return report
    return None
