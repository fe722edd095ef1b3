"""The persons whose role a description echoes ("le ministre" after "le ministre des Affaires
étrangères, X", "le chef du Kremlin" for a Russian president, "son homologue russe"), scored by
how much of the description their roles hold, through the pack's periphrases of offices
(role_synonyms.tsv) and with the state a demonym names as a check. Split from descriptions.py by
job: there, which kind of description it is and whom it goes to; here, the echo of a role.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .counterparts import counterpart_offices
from .office_titles import contradicted
from .speaker_words import content_words, description_gender, head_word
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .descriptions import Descriptions

# a person named at most this far after the description's end may be the one it echoes
LOOKAHEAD = 200


def echoing(d: "Descriptions", description: str, start: int, end: int, position: int) -> list[tuple[float, int, str]]:
    """Each person whose role the description echoes, with the score of the echo and the
    offset of their latest mention before the position (-1 if named only after it)."""
    r = d.r
    words = d.words
    gaz = d.gazetteer
    wanted = content_words(words, description)
    countries = {gaz.demonym(w) for w in wanted} - {None}
    demonyms = {w for w in wanted if gaz.demonym(w)}
    head = head_word(words, description)
    # a compound of roles ("le président-candidat", "le député-maire") is read as its roles,
    # headed by the first, as role_head reads it
    compounds = {w for w in wanted if "-" in w and all(part in words.roles for part in w.split("-"))}
    if compounds:
        wanted = (wanted - compounds) | {part for w in compounds for part in w.split("-")}
        head = head.split("-")[0] if head in compounds else head
    variants = [(wanted - demonyms, False)]
    # a periphrasis names the office by its seat or its state ("le chef du Kremlin", "le patron
    # de la diplomatie russe"): its holder serves that state
    seats = {r.index.actors[m.actor_id].country for m in r.index.mentions
             if m.kind == "country" and start <= m.start and m.end <= end} - {None}
    folded = fold_same_length(description.lower())
    for form, offices in words.synonyms.items():
        if form in folded:
            variants += [(content_words(words, office), True) for office in offices]
    span = r.doc.char_span(start, end, alignment_mode="expand")
    gender = description_gender(words, span) if span is not None else None
    # "son homologue russe": the holder of the same office in that state, whatever its title
    counterpart = bool(countries) and head in words.counterparts
    scored = []
    for actor in r.index.actors.values():
        if actor.kind != "person" or not actor.mentions or actor.mentions[0][0] > end + LOOKAHEAD:
            continue
        if countries and known_country(actor) and actor.country not in countries:
            continue
        if not r.index.agrees(actor.id, gender):
            continue
        roles = ([actor.role] if actor.role else []) + [x.role for x in d._known_roles(actor.id)] + \
            counterpart_offices(r.index, actor, gaz, words)
        roles += periphrased_offices(words, roles)
        score = 1.0 if counterpart and actor.country in countries else 0.0
        for role in roles:
            role_words = content_words(words, role)
            for variant, synonym in variants:
                if not variant or synonym and known_country(actor) and seats and actor.country not in seats:
                    continue
                if not synonym and (head not in role_words or contradicted(d.words, description, variant, [role])):
                    continue  # another office, or the same with another complement
                value = len(variant & role_words) / len(variant)
                if synonym and value < 1.0:
                    continue
                score = max(score, value)
        if score < 0.5:
            continue
        latest = max((m[0] for m in actor.mentions if m[0] < position), default=-1)
        scored.append((score, latest, actor.id))
    return scored


def periphrased_offices(words, roles: list[str]) -> list[str]:
    """The offices the periphrases in a person's roles name ("patron de la diplomatie somalienne"
    -> "ministre des affaires étrangères"), so that "le ministre" echoes the one so introduced as
    it echoes one introduced by the title."""
    found = []
    for role in roles:
        folded = fold_same_length(role.lower())
        for form, offices in words.periphrasis_offices.items():
            if re.search(r"(?:^|\W)" + re.escape(form) + r"(?:\W|$)", folded):
                found += [office for office in offices if office not in found]
    return found


def known_country(actor) -> str | None:
    """A person's country as evidence against a description's demonym: None when it was only
    guessed from the sentence's scene or the article's state ("la cheffe de la diplomatie
    congolaise" in a piece datelined Washington may be the Congolese minister it placed there)."""
    # a FoundActor of this article, or a gazetteer person's record Actor, which is never a guess
    return None if getattr(actor, "country_guessed", False) else actor.country
