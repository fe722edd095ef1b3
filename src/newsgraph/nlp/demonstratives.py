"""What a demonstrative or an ordinal pronoun speaker takes up (antecedents.py resolves the
others): "ce dernier" the latest actor named before it, or a person description written after
that actor; "le premier" the former of the two persons named last. Split from antecedents.py by
job.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .actor_index import Mention
from .context import pack_of
from .resolved_speaker import ResolvedSpeaker
from .syntax import labels, noun_phrase
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .antecedents import Antecedents

# how far back (chars) a pronoun may reach for a person or for the current speaker
PERSON_REACH = 2500


def clean_phrase(token: Token) -> Span | None:
    """A token's noun phrase without the mark, preposition or coordinator the parse puts first."""
    phrase = noun_phrase(token)
    while len(phrase) and phrase[0].pos_ in ("PUNCT", "ADP", "CCONJ"):
        phrase = phrase[1:]
    return phrase if len(phrase) else None


def former_person(a: "Antecedents", position: int, gender: str) -> "ResolvedSpeaker | None":
    """ "X a reçu Y. Le premier a assuré …": of the two persons named last before a position
    (outside reported words), the one named first; its gender must not contradict."""
    r = a.r
    latest: list[Mention] = []
    for mention in r.index.persons_before(position):
        if position - mention.end > PERSON_REACH:
            break
        if r.in_reported(mention.start, mention.end) or any(m.actor_id == mention.actor_id for m in latest):
            continue
        latest.append(mention)
        if len(latest) == 2:
            break
    if len(latest) < 2 or r.index.gender.get(latest[1].actor_id) not in (None, gender):
        return None
    return r.speaker(latest[1].actor_id, None, None)


def latest_actor(a: "Antecedents", position: int, gender: str, plural: bool) -> "ResolvedSpeaker | None":
    """ "ce dernier", "cette dernière": the latest actor named before, of that gender."""
    r = a.r
    for mention in reversed(r.index.mentions):
        if mention.end > position or mention.kind not in ("person", "organization", "media", "country"):
            continue
        if position - mention.end > PERSON_REACH:
            break
        if mention.kind == "country" and (mention.as_place or mention.descriptive):
            continue
        span = r.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if mention.kind == "country" and _after_place_preposition(a, span.start):
            continue  # "s'est rendu au Mali": a place, which "celui-ci" does not take up
        if mention.kind == "person":
            if plural or r.index.gender.get(mention.actor_id) not in (None, gender):
                continue
        else:
            holder = _role_holder(a, span)
            if holder is not None:
                # "le président de la Commission … Ce dernier": the holder of the role is the
                # latest actor, not the body named in its complement
                if not a.agrees(holder, gender, plural):
                    continue
                found = r.resolve(holder.start_char, holder.end_char, position, pronouns=False)
                return found if found.name else None
            before = r.doc[max(0, span.start - 1):span.end]
            if not a.agrees(before, gender, plural):
                continue
            if _complement_of_thing(a, span):
                continue  # "lors du sommet de l'Union … Ce dernier indique": the demonstrative
                # would take up the thing ("le sommet"), which does not speak; someone before does
        return r.speaker(mention.actor_id, None, None)
    return None


def latest_description(a: "Antecedents", position: int, gender: str, plural: bool,
                        actor: "ResolvedSpeaker | None") -> "ResolvedSpeaker | None":
    """ "Jean Dupont a reçu le ministre. Ce dernier a promis …": a person description written
    after the latest actor named (`actor`) is the latest one. It stands for whom it resolves
    to, unless that is the very actor it comes after without being its apposition: then it
    is someone else, unnamed, and keeps its words."""
    r = a.r
    latest = max((m for m in r.index.mentions if m.end <= position and actor is not None and
                  m.actor_id == actor.actor), key=lambda m: m.end, default=None)
    doc = r.doc
    pronoun = doc.char_span(position, position + 1, alignment_mode="expand")
    if pronoun is None:
        return None
    for k in range(pronoun.start - 1, max(-1, pronoun.start - 60), -1):
        token = doc[k]
        # (several take up a group as well as holders of a role: "les syndicats … Ceux-ci")
        heads = r.words.roles | r.words.speaker_heads if plural else r.words.roles
        if token.pos_ != "NOUN" or fold_same_length(token.lemma_.lower()) not in heads or \
                r.in_reported(token.idx, token.idx + len(token.text)) or \
                any(m.start <= token.idx < m.end for m in r.index.mentions if m.kind == "person"):
            continue
        phrase = clean_phrase(token)
        # "X, nommé ministre", "X, le ministre": a predicate or an apposition is X himself
        if phrase is None or phrase.end > pronoun.start or not a.agrees(phrase, gender, plural) or \
                latest is not None and phrase.start_char < latest.end or phrase[0].pos_ != "DET" or \
                token.dep_ in labels(pack_of(doc), "apposition", "open_complement"):
            return None
        found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
        if latest is not None and found.actor == latest.actor_id:
            if r.text[latest.end:phrase.start_char].strip() in ("", ","):
                return None  # "Jean Dupont, le ministre, … Ce dernier": the same person
            named = doc.char_span(latest.start, latest.end, alignment_mode="expand")
            if named is not None and named.sent.start != phrase.sent.start:
                # "X a reçu Y. … Son homologue russe a … Ce dernier": a description of a later
                # sentence that takes Y up is Y, the latest actor again
                return found
            return ResolvedSpeaker(None, phrase.text, phrase.start_char, phrase.end_char)
        return found if found.name else None
    return None


def _role_holder(a: "Antecedents", span: Span) -> Span | None:
    """The description whose role an organisation's name completes ("le président de [la
    Commission]"), read on the parse, if the description is no person mention itself."""
    r = a.r
    head = span.root.head
    if span.root.dep_ not in a.nominal or head.i >= span.start or head.pos_ != "NOUN" or \
            fold_same_length(head.lemma_.lower()) not in r.words.roles:
        return None
    phrase = clean_phrase(head)
    if phrase is None or r.index.at(phrase.start_char, phrase.end_char, ("person",)) is not None:
        return None
    return phrase


def _complement_of_thing(a: "Antecedents", span: Span) -> bool:
    """Is the organisation's name the complement of a noun that names no speaker (an event, a
    place, a thing: "le sommet de l'Union"), read on the parse? A role, a body, a medium or a
    document ("le rapport de l'OMS") speaks for it; an acronym in brackets stands for the name."""
    r = a.r
    root = span.root
    if root.dep_ in labels(pack_of(r.doc), "apposition") and root.head.i < root.i:
        # "l'Union des États du Sud (UES)": the acronym stands for the name written before it
        named = next((m for m in r.index.mentions if m.start <= root.head.idx < m.end), None)
        whole = r.doc.char_span(named.start, named.end, alignment_mode="expand") if named else None
        root = whole.root if whole is not None else root.head
    head = root.head
    if root.dep_ not in a.nominal or head.i >= root.i or head.pos_ != "NOUN":
        return False
    lemma = fold_same_length(head.lemma_.lower())
    return lemma not in r.words.speaker_heads and lemma not in r.words.documents and \
        lemma not in r.words.works and lemma not in r.words.media


def _after_place_preposition(a: "Antecedents", i: int) -> bool:
    doc = a.r.doc
    i -= 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].lower_ in a.place_prepositions
