"""Quotes with resolved speakers: joins finding (quotes.py) and resolving (speakers.py)."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Cue, Quote
from .actors import ActorIndex
from .quotes import find_quotes
from .speakers import resolve_speakers
from .textutil import text_of


def attribute_quotes(doc: Doc, index: ActorIndex) -> list[Quote]:
    found = find_quotes(doc)
    speakers = resolve_speakers(doc, index, found)
    text = text_of(doc)
    quotes = []
    for item, speaker in zip(found, speakers):
        cue = Cue(text[item.cue[0]:item.cue[1]], item.cue[0], item.cue[1]) if item.cue else None
        confidence = item.confidence if speaker.name else item.confidence * 0.6
        quotes.append(Quote(start=item.start, end=item.end, text=text[item.start:item.end],
                            type=item.type, speaker=speaker, cue=cue,
                            confidence=round(confidence, 2), continuation=item.continuation))
    return quotes
