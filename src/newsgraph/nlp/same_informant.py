"""An informant taken up as "the same one": "Selon la même source, …" cites again whoever was
cited last (GUIDELINES §3: a later definite description of a cited medium counts again).

The noun (pack `informant_nouns`: "source", "interlocuteur") says nothing of who it was, so the
description goes to the latest attribution before it, in its paragraph or the one before: a
medium cited after the latest quotation opened ("…», a-t-il promis, cité par l'agence Angop.
Selon la même source, …": the agency again), else that quotation's speaker ("Joint par téléphone,
un délégué affirme : « … » Selon la même source, …": the delegate again). The sameness word
(pack `sameness_words`) is what makes it a taking up: "une source diplomatique" is someone new.

A demonstrative ("Selon cette source, …") points back at the latest phrase with that noun rather
than at whoever was cited last: "…, a révélé le quotidien X, qui cite une source diplomatique.
Selon cette source, …" is the diplomatic source, not the paper. With no such phrase it reads as
the sameness description.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .citing_channels import cited_from
from .context import pack_of
from .demonstratives import clean_phrase
from .lexicon import folded_words, function_words
from .media_mentions import MediaMention, media_mentions
from .resolved_speaker import ResolvedSpeaker
from .speaking_media import reported_by, speaks
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def same_informant(resolver: "SpeakerResolver", start: int, end: int, position: int) -> ResolvedSpeaker | None:
    """Whom a "same informant" description at chars [start, end) takes up, for a quote at
    `position`; None when the words are no such description or nothing was cited before."""
    text = resolver.text[start:end]
    noun = _demonstrative_informant(resolver, text)
    if noun is not None:
        named = _latest_informant_phrase(resolver, start, noun)
        if named is not None:
            return ResolvedSpeaker(None, named, start, end)
    elif not _is_same_informant(resolver, text):
        return None
    turn = resolver.current_speaker(position, paragraphs=1)
    medium = _latest_cited_medium(resolver, start)
    if medium is not None and (turn is None or medium.start > turn.position):
        if medium.actor is not None:
            return resolver.speaker(medium.actor, start, end)
        return ResolvedSpeaker(None, medium.name, start, end)
    if turn is not None:
        return ResolvedSpeaker(turn.speaker.actor, turn.speaker.name, start, end)
    return None


def _is_same_informant(resolver: "SpeakerResolver", text: str) -> bool:
    """Are the words a definite article, a sameness word and an informant noun ("la même source")?"""
    pack = pack_of(resolver.doc)
    words = fold_same_length(text.lower()).split()
    definite = {fold_same_length(w) for w in function_words(pack, "definite_determiner")}
    return len(words) == 3 and words[0] in definite and \
        words[1] in folded_words(pack, "sameness_words") and words[2] in folded_words(pack, "informant_nouns")


def _demonstrative_informant(resolver: "SpeakerResolver", text: str) -> str | None:
    """The informant noun of a demonstrative description ("cette source" -> "source"), else None."""
    pack = pack_of(resolver.doc)
    words = fold_same_length(text.lower()).split()
    if len(words) == 2 and words[0] in resolver.words.demonstrative_determiners and \
            words[1] in folded_words(pack, "informant_nouns"):
        return words[1]
    return None


def _latest_informant_phrase(resolver: "SpeakerResolver", before: int, noun: str) -> str | None:
    """The words of the latest phrase headed by the informant noun before char `before`, in its
    paragraph or the one before, outside reported words ("une source diplomatique"); None when
    there is none or it is itself a demonstrative one."""
    doc = resolver.doc
    paragraph = resolver.paragraph_of(before)
    for token in reversed(doc):
        if token.idx >= before:
            continue
        if paragraph - resolver.paragraph_of(token.idx) > 1:
            return None
        if fold_same_length(token.lower_) != noun or resolver.in_reported(token.idx, token.idx + len(token)):
            continue
        phrase = clean_phrase(token)
        if phrase is None or _demonstrative_informant(resolver, phrase.text) is not None:
            return None
        return phrase.text
    return None


def _latest_cited_medium(resolver: "SpeakerResolver", before: int) -> MediaMention | None:
    """The latest medium named and cited (a marker or channel before it, "par" after a participle,
    or a speech verb it is the subject of) before char `before`, in its paragraph or the one
    before, outside reported words."""
    doc = resolver.doc
    paragraph = resolver.paragraph_of(before)
    for medium in reversed(media_mentions(doc, resolver.index)):
        if medium.end > before:
            continue
        if paragraph - resolver.paragraph_of(medium.start) > 1:
            return None
        if resolver.in_reported(medium.start, medium.end):
            continue
        span = doc.char_span(medium.start, medium.end, alignment_mode="expand")
        if span is None:
            continue
        if cited_from(doc, span.start, span.end) is not None or reported_by(doc, span.start, span.end) is not None \
                or speaks(doc, span.start, span.end) is not None:
            return medium
    return None
