"""The lexicons of a language pack that several components share: speech verbs, and role,
state, media and speaker nouns.

Each accessor takes the pack (or reads it from the token's Doc) and is cached per pack, so a
worker rebuilds them on first use and two languages never mix.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..lang import LanguagePack
from .context import pack_of


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    lemma: str
    frames: frozenset[str]   # que, de, à, obj, incise
    strength: float
    particle: str | None = None  # second word of a multiword verb ("faire savoir")
    reflexive: bool = False      # "se dire", "s'exclamer"


@cache
def speech_verbs(pack: LanguagePack) -> dict[str, list[SpeechVerb]]:
    """Speech verbs keyed by the lemma of their verb (first word of multiword verbs)."""
    table: dict[str, list[SpeechVerb]] = {}
    for row in pack.table("speech_verbs", ("lemma", "frames", "strength")):
        lemma, frames, strength = row["lemma"], row["frames"], row["strength"]
        reflexive = lemma.startswith(("se ", "s'"))
        words = lemma.split(" ", 1)[1] if lemma.startswith("se ") else lemma[2:] if lemma.startswith("s'") else lemma
        head, _, particle = words.partition(" ")
        verb = SpeechVerb(lemma, frozenset(frames.split("|")), float(strength),
                          particle or None, reflexive)
        table.setdefault(head, []).append(verb)
    return table


def speech_verb(token: Token) -> SpeechVerb | None:
    """The speech verb a token heads, if any (checks the particle of multiword verbs)."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
        return None
    table = speech_verbs(pack_of(token.doc))
    candidates = table.get(token.lemma_.lower()) or table.get(token.lower_)
    if not candidates:
        # the lemmatizer leaves some forms alone ("indique" as a sentence root): try -er/-ir stems
        for lemma in _guess_lemmas(token.lower_):
            candidates = table.get(lemma)
            if candidates:
                break
        else:
            return None
    following = token.nbor(1).lemma_.lower() if token.i + 1 < len(token.doc) else ""
    plain = None
    for verb in candidates:
        if verb.particle:
            if following == verb.particle or following.startswith(verb.particle.split()[0]):
                return verb
        elif plain is None or verb.strength > plain.strength:
            plain = verb
    if plain is None:
        return None
    # frames of duplicate rows are merged
    frames = frozenset().union(*(v.frames for v in candidates if not v.particle))
    return SpeechVerb(plain.lemma, frames, plain.strength, None, plain.reflexive)


VERB_ENDINGS = (("èrent", "er"), ("ent", "er"), ("es", "er"), ("e", "er"), ("ées", "er"), ("és", "er"),
                ("ée", "er"), ("é", "er"), ("ait", "er"), ("aient", "er"), ("era", "er"), ("eront", "er"),
                ("ant", "er"), ("a", "er"), ("it", "ire"), ("isent", "ire"), ("is", "ire"), ("ient", "ir"))


def _guess_lemmas(word: str) -> list[str]:
    return [word[: -len(end)] + lemma for end, lemma in VERB_ENDINGS if word.endswith(end) and len(word) > len(end) + 2]


def role_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("role_nouns")


def state_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("state_nouns")


def media_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("media_nouns")


@cache
def speaker_nouns(pack: LanguagePack) -> frozenset[str]:
    """Nouns that can head a speaker: roles, institutions, collectives, documents."""
    return pack.words("speaker_nouns") | role_nouns(pack) | media_nouns(pack)


def is_actor_like(tokens) -> bool:
    """Could these tokens designate someone who speaks? A name, or a speaker noun."""
    tokens = list(tokens)
    if not tokens:
        return False
    nouns = speaker_nouns(pack_of(tokens[0].doc))
    return any(t.ent_type_ in ("PER", "ORG", "LOC") or t.pos_ == "PROPN" or
               t.lemma_.lower() in nouns or t.lower_ in nouns for t in tokens)
