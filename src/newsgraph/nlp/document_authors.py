"""The author of a document set after it by a participle ("un rapport établi par l'INSEE", "une
étude réalisée par l'Ifop"): documents are attributed to their author (GUIDELINES §2.7), and the
finder's mention stops at the document noun.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .speaker_mentions import participle_agent
from .syntax import labels


def document_author_after(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The char span of the agent of a participle that modifies the document noun of the
    mention [start, end), the participle standing right after the mention."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    modifiers = labels(pack_of(doc), "clausal_modifier")
    for child in head.children:
        if child.dep_ in modifiers and child.pos_ == "VERB" and span.end <= child.i <= span.end + 1:
            return participle_agent(child)
    return None
