"""A description that ends with a name of its own ("la ministre de la Culture et des Sports Julie
Bernard"): when the tagger knows no such person, the role noun must not be taken up by another
person introduced earlier with the same noun ("le Premier ministre X"); the designation, name
included, is who speaks. Moved out of descriptions.py, which is near its size limit."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def names_own_person(r: "SpeakerResolver", start: int, end: int) -> bool:
    """Does the mention end with two or more capitalised proper-noun words that no actor of the
    index covers (a person's first name and surname the tagger missed)?"""
    span = r.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    tail = []
    for token in reversed(span):
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        tail.append(token)
    if len(tail) < 2 or len(tail) == len(span):
        return False
    first, last = tail[-1].idx, tail[0].idx + len(tail[0].text)
    return not any(m.start < last and first < m.end for m in r.index.mentions)
