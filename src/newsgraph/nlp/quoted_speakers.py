"""Words in quotation marks that name a report's speaker: a title, not anyone's words.

A medium's or a work's title is often set in marks ("« Le Courrier » rapporte que …", "selon le
journal “La Gazette”"). When a report already takes the marked words as (part of) its speaker
mention, the marks quote a name: the words cannot be both the speaker and a quotation of theirs.
"""
from __future__ import annotations

from .quotemarks import QuotedSpan


def names_a_speaker(q: QuotedSpan, reports) -> bool:
    """Do the words inside the marks lie wholly within the speaker mention of one of the reports?"""
    return any(r.speaker is not None and r.speaker[0] <= q.start and q.end <= r.speaker[1] for r in reports)
