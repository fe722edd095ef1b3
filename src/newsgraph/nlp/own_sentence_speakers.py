"""Who speaks a quotation with no cue of its own when its own sentence says so: the subject the
sentence names before the quotation's first mark ("Pour sa part, le Financial Times résumait :
« … »"), the speaker an attribution marker introduces right before the words ("pour X, « … »",
"« A », a dit X, tandis que pour Y, « B »"), or the incise of the quotation right after it, with
only marks between ("« A », « B », a confié X.").

A continuation inherits the speaker of the quote before it unless one of these names another
(SpeakerResolver.speaker_of tries them first); the sentence before it is continuations.py's.
Moved out of speakers.py, which they kept at its size limit."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import pack_of
from .lexicon import speech_verb
from .quotemarks import QUOTE_CHARS
from .reports import FoundQuote
from .resolved_speaker import UNSPECIFIED, ResolvedSpeaker
from .speaker_words import head_word
from .syntax import labels, noun_phrase, subject_labels
from .marker_phrases import marker_at, speaker_np_end

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def shared_incise(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A continuation followed, in its sentence and with only marks between, by a quotation
    whose incise comes after it ("« A », « B », a confié X."): the incise speaks both. Not across
    a paragraph break: an incise never reaches back into the paragraph before its own."""
    k = next((i for i, q in enumerate(r.quotes) if q is quote), None)
    if k is None or k + 1 >= len(r.quotes):
        return None
    following = r.quotes[k + 1]
    between = r.text[quote.end:following.start]
    if following.continuation or following.cue is None or following.cue[0] < following.end or \
            len(between) > 6 or any(c.isalnum() for c in between) or "." in between or \
            r.paragraph_of(quote.start) != r.paragraph_of(following.start):
        return None
    speaker = r.speaker_of(following)
    return speaker if speaker.name and speaker.name != UNSPECIFIED else None


def named_in_own_sentence(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A quotation with no cue whose sentence names someone before its first mark: the
    subject of that sentence ("Pour sa part, le Financial Times résumait : « … »"), or the
    speaker an attribution marker introduces right before the words ("pour X, « … »")."""
    doc = r.doc
    span = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    introduced = _marker_right_before(r, quote, sent)
    if introduced is not None:
        return introduced
    first_mark = next((t.i for t in sent if t.text in QUOTE_CHARS), None)
    if first_mark is None or first_mark == sent.start:
        return None
    before = doc[sent.start:first_mark]
    subjects = subject_labels(pack_of(doc))
    passive = labels(pack_of(doc), "passive_subject")
    for token in before:
        # the subject of the sentence's main verb, written before the words; not the subject
        # of a passive that reports nothing ("L'Irak avait été retirée de la liste « … »"): what
        # the act befalls does not speak
        if token.dep_ in passive and speech_verb(token.head) is None:
            continue
        if token.dep_ in subjects and token.head.i < first_mark and not _embedded(r, token.head) and \
                token.pos_ in ("NOUN", "PROPN") and not _prepositional(r, token) and \
                not r.in_reported(token.idx, token.idx + 1, (quote.start, quote.end)):
            phrase = noun_phrase(token)
            if phrase.end > first_mark:
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, quote.start, pronouns=False)
            if found.actor is not None or r.designates(found.name) and \
                    any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase) or \
                    head_word(r.words, phrase.text) in r.words.speaker_heads:
                return found
    for token in before:
        marker = marker_at(doc, token.i)
        if marker is None:
            continue
        end = speaker_np_end(doc, marker[1], first_mark)
        # "pour X, « … »" right before the words, or "Pour X, …" opening the sentence
        if end > marker[1] and (end >= first_mark - 2 or token.i == sent.start):
            begin = marker[1]
            named = _apposed_name(r, end, first_mark)
            if named is not None:  # "Pour la principale association du secteur, l'April : « … »"
                begin, end = named
            found = r.resolve(doc[begin].idx, doc[end - 1].idx + len(doc[end - 1].text), quote.start)
            if found.actor is not None or r.designates(found.name) or named is not None and found.name:
                return found
    return None


def _marker_right_before(r: "SpeakerResolver", quote: FoundQuote, sent) -> ResolvedSpeaker | None:
    """A later quotation of a sentence that a marker introduces right before its mark, after
    another quote and its cue ("« A », a dit X, tandis que pour Y, « B »"): Y speaks."""
    doc = r.doc
    marks = [t.i for t in sent if t.text in QUOTE_CHARS and t.idx < quote.start]
    if len(marks) < 2:
        return None  # the sentence's first quotation: the sentence-level rules read it
    own = marks[-1]
    for k in range(own - 1, max(marks[-2], own - 14), -1):
        marker = marker_at(doc, k)
        if marker is None:
            continue
        end = speaker_np_end(doc, marker[1], own)
        if end > marker[1] and end >= own - 2:
            found = r.resolve(doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text), quote.start)
            if found.actor is not None or r.designates(found.name):
                return found
        return None
    return None


def _prepositional(r: "SpeakerResolver", token) -> bool:
    """A "subject" the parse gave a preposition ("Sur Twitter, X a dénoncé"): a channel or a
    place, never who speaks."""
    case = pack_of(r.doc).label("case_marker")
    return any(c.dep_ in case for c in token.children)


def _apposed_name(r: "SpeakerResolver", end: int, limit: int) -> tuple[int, int] | None:
    """Tokens of a short name set after a description by a comma, right before the words'
    colon or mark ("…, l'April : « … »"): (start, end) token indices."""
    doc = r.doc
    if end >= limit or doc[end].text != ",":
        return None
    last = limit
    while last > end + 1 and doc[last - 1].is_punct:
        last -= 1
    tail = doc[end + 1:last]
    if not 1 <= len(tail) <= 4 or not any(t.pos_ == "PROPN" for t in tail) or \
            not all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") for t in tail):
        return None
    return tail.start, tail.end


def _embedded(r: "SpeakerResolver", verb) -> bool:
    """Is the verb that of a clause opened by a complementizer ("… que les prisonniers sont")?"""
    marks = pack_of(r.doc).label("marker")
    return any(c.dep_ in marks and c.lower_ in r.words.complementizers for c in verb.children)
