"""Matching rules of the evaluation: names, speakers, spans and event participants.

Names are compared accent- and case-folded, without articles and prepositions, and a surname
match counts; institutions, capitals and states compare through their country code
(GUIDELINES §9); a predicted actor also matches through every name the gazetteer knows for it.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ..gazetteer import load_gazetteer
from ..lang import available_languages, load_pack
from ..model import Article
from ..textfold import fold



@cache
def _stopwords() -> frozenset[str]:
    """Words that do not tell two names apart ("la CGT" = "CGT"): every language pack's
    name_stopwords, folded like the names (gold and predicted names may be in any language)."""
    words: set[str] = set()
    for code in available_languages():
        words |= {fold(w).rstrip("'") for w in load_pack(code).words("name_stopwords")}
    return frozenset(words)

def name_words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[\w]+", fold(name or "")) if w not in _stopwords()]


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Accent- and case-folded names match; a surname (last word) match counts."""
    p, g = name_words(predicted), name_words(gold)
    if not p or not g:
        return False
    if p == g or p[-1] == g[-1]:
        return True
    return set(p) <= set(g) or set(g) <= set(p)


def country_of_name(name: str | None) -> str | None:
    """Institutions, capitals and states to one code, to compare speakers leniently (GUIDELINES §9)."""
    if not name:
        return None
    gaz = load_gazetteer()
    entry = gaz.country(name)
    if entry is not None:
        return entry.iso3
    for word in name_words(name):
        iso = gaz.demonym(word)
        if iso:
            return iso
    return None


def known_names(actor_id: str | None) -> list[str]:
    """Every name the gazetteer knows for a canonical actor id (AFP = Agence France-Presse)."""
    if not actor_id:
        return []
    gaz = load_gazetteer()
    for entry in (*gaz.media_outlets, *gaz.organizations):
        if entry.id == actor_id:
            return [entry.name, *entry.aliases, *([entry.acronym] if getattr(entry, "acronym", None) else [])]
    person = gaz.people.get(actor_id)
    return [person.name, *person.aliases] if person else []


def speaker_matches(predicted_name: str | None, predicted_actor: str | None, gold: str | None) -> bool:
    if same_name(predicted_name, gold) or any(same_name(n, gold) for n in known_names(predicted_actor)):
        return True
    if predicted_actor and predicted_actor.startswith("country:"):
        return country_of_name(gold) == predicted_actor.split(":", 1)[1]
    gold_country = country_of_name(gold)
    return gold_country is not None and gold_country == country_of_name(predicted_name)


def coverage(pred: tuple[int, int], gold: tuple[int, int]) -> float:
    overlap = max(0, min(pred[1], gold[1]) - max(pred[0], gold[0]))
    return overlap / max(1, gold[1] - gold[0])


def match_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]],
                threshold: float, agree: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) whose overlap covers more than `threshold` of the gold span.

    `agree(i, j)` breaks ties between pairs that fit equally well: when two gold quotes share one
    span (a person's words and the medium relaying them, GUIDELINES §2.5) and two predictions share
    it too, the prediction goes to the gold entry it agrees with (the same speaker) rather than to
    whichever comes first in the lists, which would score two right speakers as two wrong ones.
    It only reorders pairs that fit equally well."""
    def jaccard(p, g):
        overlap = max(0, min(p[1], g[1]) - max(p[0], g[0]))
        return overlap / max(1, max(p[1], g[1]) - min(p[0], g[0]))
    # best mutual fit first: a nested gold quote does not steal the prediction of its outer quote
    candidates = sorted(
        ((jaccard(p, g), coverage(p, g), bool(agree and agree(i, j)), i, j)
         for i, p in enumerate(predicted) for j, g in enumerate(gold)
         if coverage(p, g) > threshold), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def event_side(article: Article, *, name: str | None = None, actor_id: str | None = None) -> str | None:
    """An event participant as a comparable key: states and persons by their country code
    (as the guidelines score), other actors by id; gold names are first matched to the
    article's actors, through the gazetteer's names of their ids ("CEDEAO" = org:cedeao)."""
    if actor_id:
        actor = next((a for a in article.actors if a.id == actor_id), None)
        if actor is not None and actor.kind in ("country", "person") and actor.country:
            return actor.country
        if actor is None and actor_id.startswith("country:"):
            # a state the record leaves out of its actors because the article only names it as a
            # place ("s'est rendu à Beyrouth") is still that state
            return actor_id.split(":", 1)[1]
        return actor_id
    if not name:
        return None
    if re.fullmatch(r"[A-Z]{3}", name) and load_gazetteer().country_by_iso3(name) is not None:
        return name  # an ISO code; "CIA" and "ONU" are organisations, matched by name below
    # a side kept as written (GUIDELINES §7.2: "Bruxelles" for the EU institutions) is the actor
    # the article's mention of that very form stands for, before any other actor known by that name
    wanted = name_words(name)
    for actor in article.actors:
        if any(name_words(article.text[start:end]) == wanted for start, end in actor.mentions):
            return event_side(article, actor_id=actor.id)
    for actor in article.actors:
        if same_name(actor.name, name) or any(same_name(n, name) for n in known_names(actor.id)):
            return event_side(article, actor_id=actor.id)
    return country_of_name(name) or " ".join(name_words(name))
