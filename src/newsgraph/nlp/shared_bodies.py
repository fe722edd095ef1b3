"""The state of a body whose name many states give their own: "l'Assemblée nationale", "le Sénat",
"le Conseil constitutionnel" are the French ones in organizations.tsv (country `FRA*`), but a
Congolese, Ivorian or Quebec article means its own.

Read once every mention is in the index, before persons' countries (a deputy's country comes
from the body the role names): a demonym right after a mention ("le Sénat belge") names the
state; otherwise the article's dominant state does, when the article never names the listed
state, so an article about France keeps the French body.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from .actor_index import ActorIndex
from .person_countries import dominant_country
from .textutil import text_of

_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w\-]*)")


def place_shared_bodies(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    bodies = [(actor, entry) for actor in index.actors.values() if actor.kind == "organization"
              for entry in [gaz.organization(actor.name)] if entry is not None and entry.shared_name]
    if not bodies:
        return
    named = {m.actor_id for m in index.mentions if m.kind == "country"}
    dominant = dominant_country(index)
    for actor, entry in bodies:
        state = _demonym_after(text_of(doc), actor.mentions, gaz)
        if state is None and dominant and dominant != entry.country and f"country:{entry.country}" not in named:
            state = dominant
        if state is not None:
            actor.country = state


def _demonym_after(text: str, mentions: list[list[int]], gaz: Gazetteer) -> str | None:
    """The state a demonym right after a mention names ("l'Assemblée nationale congolaise")."""
    for _, end in mentions:
        match = _NEXT_WORD.match(text, end)
        if match is not None and (state := gaz.demonym(match.group(1))) is not None:
            return state
    return None
