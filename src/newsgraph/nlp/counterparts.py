"""The office a counterpart holds: "son homologue moldave, X" or "X, homologue indonésien de Mary
Ng" names no office of its own, yet X holds the office of the person whose counterpart X is
(the "de Y" of the role, or the possessor nlp/role_owners wrote into it), in another state. A
later "le ministre" then echoes X as it echoes Y. The office is Y's with Y's state taken out
(its demonym, "de <country>"): X serves their own state, which their own role says or not.
"""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from .actor_index import ActorIndex
from .speaker_words import SpeakerWords, head_word

_WORD = re.compile(r"\S+")


def counterpart_offices(index: ActorIndex, actor, gaz: Gazetteer, words: SpeakerWords) -> list[str]:
    """The offices of the person a counterpart's role names ("homologue de Didier Reynders" ->
    "ministre des Affaires étrangères"), without their state; [] for any other role."""
    owner = counterpart_owner(index, actor, words)
    if owner is None:
        return []
    offices = []
    for part in owner.role.split(", "):
        if head_word(words, part) in words.counterparts:
            continue  # a counterpart of a counterpart says nothing of the office
        office = _stateless(part, gaz)
        if office:
            offices.append(office)
    return offices


def counterpart_owner(index: ActorIndex, actor, words: SpeakerWords):
    """The person of the article whose counterpart a person's role makes them, when the role is
    headed by a counterpart noun and names that person (the longest name it holds)."""
    role = getattr(actor, "role", None)
    if not role or head_word(words, role) not in words.counterparts:
        return None
    named = [other for other in index.actors.values()
             if other.kind == "person" and other is not actor and other.role and len(other.name) > 3
             and re.search(r"(?:^|\W)" + re.escape(other.name) + r"(?:\W|$)", role)]
    return max(named, key=lambda other: len(other.name)) if named else None


def _stateless(office: str, gaz: Gazetteer) -> str:
    """An office without the words that name its holder's state: a demonym ("ministre belge des
    Affaires étrangères" -> "ministre des Affaires étrangères") or a trailing "de <country>"."""
    kept = [w for w in _WORD.findall(office) if gaz.demonym(w.strip(",.").lower()) is None]
    while len(kept) > 2 and getattr(gaz.country(kept[-1]), "match", None) == "name" and len(kept[-2]) <= 3:
        kept = kept[:-2]  # "ambassadeur de France"
    return " ".join(kept)
