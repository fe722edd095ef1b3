"""The subject right before a cue, when the parse gave it a subject that cannot speak.

The parser often makes a fronted adjunct the subject of the verb ("Samedi, lors d'un discours à
Kayseri, le président turc, X, a estimé que …": "Samedi"; "Côté marocain, le ministre a salué …":
"Côté marocain"), or a noun of an apposition earlier in the sentence ("…, les zones les plus
touchées, le PAM et l'ONG ont constaté que …"). Such a subject is no speaker, and the report was
lost with it. French puts the subject right before its verb, set off from the adjuncts before it
by a comma: the last comma-delimited noun phrase before the verb (past its auxiliaries, adverbs and
clitics) is the subject, when it can speak. No word of a language is written here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .context import pack_of
from .lexicon import function_words, is_actor_like, is_non_speaker

# a subject chunk longer than this is a clause or a list, not a noun phrase
SUBJECT_WORDS = 12


def can_speak(subject: Span) -> bool:
    """A pronoun, a name or a speaker noun, and not a text or a piece of evidence."""
    return subject[0].pos_ == "PRON" or is_actor_like(subject) and not is_non_speaker(subject)


def nearer_subject(verb: Token, subject: Span | None) -> Span | None:
    """The noun phrase right before a finite cue verb that can speak, when the parse's subject
    (before it, in the same sentence) cannot; None otherwise."""
    doc = verb.doc
    if subject is None or subject.end > verb.i or subject.start < verb.sent.start or can_speak(subject):
        return None
    pack = pack_of(doc)
    skipped = function_words(pack, "reflexive") | function_words(pack, "negation_particle")
    k = verb.i - 1
    while k >= subject.end and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in skipped):
        k -= 1
    # the comma-delimited chunks back from the verb: an apposition (", X,") before the verb is the
    # subject named again, and the chunk before it the subject (the last one that can speak wins)
    chunks: list[Span] = []
    end = k + 1
    for i in range(k, subject.end - 1, -1):
        if doc[i].text == ",":
            chunks.append(doc[i + 1:end])
            end = i
    chunks.append(doc[subject.end:end])
    for chunk in chunks[:2]:
        if _bare_noun_phrase(chunk) and can_speak(chunk):
            return chunk
    return None


def _bare_noun_phrase(chunk: Span) -> bool:
    """A noun phrase with no preposition before it and no verb of its own ("le président turc",
    "Recep Tayyip Erdogan", "le PAM et Internews"), not an adjunct ("lors d'un discours")."""
    words = [t for t in chunk if not t.is_space]
    if not words or len(words) > SUBJECT_WORDS or words[0].pos_ not in ("DET", "PROPN", "NOUN"):
        return False
    # (a capitalised word is part of a name whatever its tag: "Nasser" read as a verb)
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") and not t.text[:1].isupper() or t.text in (":", ";") for t in words):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") for t in words)
