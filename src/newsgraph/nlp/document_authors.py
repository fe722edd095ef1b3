"""The author of a document set after it by a participle ("un rapport établi par l'INSEE", "une
étude réalisée par l'Ifop"): documents are attributed to their author (GUIDELINES §2.7), and the
finder's mention stops at the document noun.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .context import pack_of
from .lexicon import function_words
from .cue_readings import participle_agent
from .speaker_words import head_word
from .syntax import labels, noun_phrase
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far (chars) back a bare document reaches for the mention that named its author
REACH = 2500


def document_author_after(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The char span of the agent of a participle that modifies the document noun of the
    mention [start, end), the participle standing right after the mention."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    pack = pack_of(doc)
    modifiers = labels(pack, "clausal_modifier")
    for child in head.children:
        if child.dep_ in modifiers and child.pos_ == "VERB" and span.end <= child.i <= span.end + 1:
            return participle_agent(child)
    # "an analysis by X": the agent preposition right on the document noun names its author, as
    # the participle's agent does ("an analysis carried out by X")
    agent, case = function_words(pack, "agent_preposition"), labels(pack, "case_marker")
    for child in head.children:
        if child.i == span.end and child.lower_ in agent:  # the preposition heads its object (English labels)
            child = next((g for g in child.children if g.pos_ in ("NOUN", "PROPN")), None)
        elif not any(c.i == span.end and c.dep_ in case and c.lower_ in agent for c in child.children):
            child = None  # (French labels hang the preposition on its noun)
        if child is not None:
            phrase = noun_phrase(child)
            return phrase.start_char, phrase.end_char
    return None


def document_issuer(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The char span of the subject of the verb that issues the document of the mention [start,
    end) as its object ("TVE a publié un communiqué affirmant …" -> "TVE"): the pack's
    document_issuing_verbs, whose subject is the author."""
    def issued(head: Token, verb: Token, pack) -> bool:
        return head.dep_ in labels(pack, "object") and fold_same_length(verb.lemma_.lower()) in _issuing(pack)
    return _author_subject(doc, start, end, issued, nominal_only=False)


def document_holder(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The char span of the subject of the verb whose channel the document of the mention [start,
    end) is ("Dans un communiqué, le ministère accuse …", "a indiqué X dans une lettre" -> the
    ministry, X): who says something in a document wrote it. The document hangs on the verb as an
    oblique through a preposition of the pack's document_channel_preposition role."""
    def spoken_in(head: Token, verb: Token, pack) -> bool:
        channels = function_words(pack, "document_channel_preposition")
        return head.dep_ in labels(pack, "oblique") and head.dep_ not in labels(pack, "agent") and \
            any(c.dep_ in labels(pack, "case_marker") and c.lower_ in channels for c in head.children)
    return _author_subject(doc, start, end, spoken_in, nominal_only=True)


def _author_subject(doc: Doc, start: int, end: int, ties, nominal_only: bool) -> tuple[int, int] | None:
    """The char span of the subject of the verb the document mention [start, end) hangs on, when
    `ties(head, verb, pack)` says how it hangs there makes that subject its author (a noun or a
    name only, with `nominal_only`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    pack = pack_of(doc)
    head, verb = span.root, span.root.head
    if verb.pos_ != "VERB" or not ties(head, verb, pack):
        return None
    subject = next((c for c in verb.children if c.dep_ in labels(pack, "subject")
                    and (not nominal_only or c.pos_ in ("NOUN", "PROPN"))), None)
    if subject is None:
        return None
    phrase = noun_phrase(subject)
    return phrase.start_char, phrase.end_char


def _issuing(pack) -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in pack.words("document_issuing_verbs"))


def earlier_document_author(r: "SpeakerResolver", head: str, start: int) -> tuple[int, int] | None:
    """The author of a bare definite document ("selon le rapport", "le communiqué précise") is the
    one an earlier mention of the same document noun gave ("Le rapport final du BEA …", "un
    communiqué publié par l'ONG"): the char span of that author, latest mention first, within the
    reach of a description; None if the latest mention names none."""
    doc = r.doc
    nouns = [head]
    if head in _generic_documents(pack_of(doc)):
        # "un rapport de X … précise le document": a generic noun takes up any document
        nouns += sorted(r.words.documents - {head}, key=len, reverse=True)
    alternation = "|".join(re.escape(noun) for noun in nouns)
    for match in reversed(list(re.finditer(rf"(?<![\w-])(?:{alternation})s?(?![\w-])",
                                           fold_same_length(r.text[:start]).lower()))):
        if start - match.end() > REACH:
            return None
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or r.in_reported(match.start(), match.end()) or \
                not any(c.pos_ == "DET" for c in span.root.children):
            continue  # no document mentioned ("par rapport à")
        phrase = noun_phrase(span.root)
        while len(phrase) > 1 and phrase[0].pos_ == "ADP":
            phrase = phrase[1:]  # the phrase of a marker's complement ("selon un communiqué de X")
        author = r.descriptions.author_of_document(phrase.text)
        if author and author in phrase.text and (author[:1].isupper() or _institution(r, author)):
            offset = phrase.start_char + phrase.text.index(author)
            return offset, offset + len(author)
        # ("X a publié un communiqué … selon le texte": the subject that issued it; "Dans un
        # communiqué, X accuse … Le texte évoque": the subject that spoke in it)
        return document_author_after(doc, phrase.start_char, phrase.end_char) or \
            document_issuer(doc, phrase.start_char, phrase.end_char) or \
            document_holder(doc, phrase.start_char, phrase.end_char)
    return None


def _institution(r: "SpeakerResolver", author: str) -> bool:
    """Is a lower-case author a body or a person a speaker noun heads ("le communiqué du
    ministère"), not a time or a thing ("le rapport de la semaine dernière")?"""
    head = head_word(r.words, author)
    return head in r.words.speaker_heads and head not in r.words.documents


def _generic_documents(pack) -> frozenset[str]:
    """The document nouns that take up any document (generic_document_nouns.txt), folded."""
    return frozenset(fold_same_length(w) for w in pack.words("generic_document_nouns"))
