"""A medium cited through one of its works that its own staff signs ("Dans un éditorial, le
directeur des rédactions du journal précise que…"): the staff member speaks, but in the medium's
work, so the medium is the source (GUIDELINES §3), with the work's phrase as the citation. A
staff member speaking anywhere else speaks for himself: the medium only employs him.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .actors import ActorIndex
from .context import pack_of
from .lexicon import media_nouns
from .media_mentions import MediaMention, media_mentions
from .unnamed_media import REACH


def employer_work(doc: Doc, index: ActorIndex, start: int, end: int) -> tuple[MediaMention, int, int] | None:
    """(the medium, start and end char of the work's phrase) when the speaker at chars [start, end)
    names or describes the medium that employs it ("le directeur du journal", "la rédactrice en
    chef du Soir") and an adverbial "dans un éditorial" opens its sentence before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    pack = pack_of(doc)
    works = pack.words("media_works")
    nouns = media_nouns(pack)
    mentions = media_mentions(doc, index)
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if not inside and not any(t.lemma_.lower() in nouns for t in span[1:]):
        return None  # a speaker with no medium in its words is no staff of one
    sent = span.sent
    for t in doc[sent.start:span.start]:
        if (t.lemma_.lower() in works or t.lower_ in works) and t.i >= sent.start + 2 and \
                doc[t.i - 1].pos_ == "DET" and doc[t.i - 2].pos_ == "ADP" and doc[t.i - 2].i == sent.start:
            opening = doc[t.i - 2].idx
            medium = inside[0] if inside else next(
                (m for m in reversed(mentions) if m.end <= opening and opening - m.end <= REACH), None)
            if medium is not None:
                return medium, opening, t.idx + len(t.text)
    return None
