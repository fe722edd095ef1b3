"""A joint speaker the finder's mention cut in two: "Paris et Berlin ont dénoncé « … »", the parse
hanging the first conjunct elsewhere, gave "Berlin" alone. When the mention is an actor named right
after another one and a coordinating conjunction, the two opening their clause, the mention starts
at the first: the resolver then keeps both as written (SpeakerResolver.joint, GUIDELINES §2.7).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def mentions_coordinated(doc: Doc, first_end: int, second_start: int) -> bool:
    """Do only a coordinating conjunction and determiners stand between two mentions (the characters
    [first_end, second_start): "Rome et Madrid", "la France et l'Allemagne")?"""
    gap = doc.char_span(first_end, second_start, alignment_mode="expand")
    return gap is not None and len(gap) > 0 and any(t.pos_ == "CCONJ" for t in gap) and \
        all(t.pos_ in ("CCONJ", "DET") or t.is_space for t in gap)


def joint_start(r: "SpeakerResolver", start: int, end: int) -> int:
    """Where a mention starts with the actor coordinated before it ("Paris et Berlin"); `start` else."""
    doc = r.doc
    inside = [m for m in r.index.mentions if start <= m.start and m.end <= end]
    if len(inside) != 1:
        return start
    for mention in r.index.mentions:
        if mention.end > start or start - mention.end > 12 or mention.actor_id == inside[0].actor_id:
            continue
        if not mentions_coordinated(doc, mention.end, start):
            continue
        opening = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if opening is None:
            return start
        k = opening.start
        while k > 0 and doc[k - 1].pos_ == "DET":
            k -= 1  # "la France et l'Allemagne"
        if doc[k].is_sent_start or k == 0 or doc[k - 1].is_space or doc[k - 1].text in (",", ";", ":"):
            return doc[k].idx
    return start
