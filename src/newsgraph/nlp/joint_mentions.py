"""A joint speaker the finder's mention cut in two: "Paris et Berlin ont dénoncé « … »", the parse
hanging the first conjunct elsewhere, gave "Berlin" alone. When the mention is an actor named right
after another one and a coordinating conjunction, the two opening their clause, the mention starts
at the first: the resolver then keeps both as written (SpeakerResolver.joint, GUIDELINES §2.7).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def joint_start(r: "SpeakerResolver", start: int, end: int) -> int:
    """Where a mention starts with the actor coordinated before it ("Paris et Berlin"); `start` else."""
    doc = r.doc
    inside = [m for m in r.index.mentions if start <= m.start and m.end <= end]
    if len(inside) != 1:
        return start
    for mention in r.index.mentions:
        if mention.end > start or start - mention.end > 12 or mention.actor_id == inside[0].actor_id:
            continue
        gap = doc.char_span(mention.end, start, alignment_mode="expand")
        if gap is None or [t.pos_ for t in gap if not t.is_space and t.pos_ != "DET"] != ["CCONJ"]:
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
