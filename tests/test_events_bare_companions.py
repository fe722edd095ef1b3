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
    # a determined noun the parser hung as a bare oblique is a phrase of its own, no companion word
    "apposed_visit": "Les ministres français et allemande des Affaires étrangères, Jean-Noël Barrot et Annalena "
                     "Baerbock, ont été reçus vendredi à Damas par le nouveau dirigeant syrien Ahmad al-Chareh, "
                     "une visite sans précédent depuis la chute de Bachar al-Assad le 8 décembre.",
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


def test_a_determined_oblique_is_no_companion(events):
    # "une visite" fits the row "recevoir visite" only as a bare word; read as one, the host became
    # the ministers' "Affaires étrangères" and the guests were lost
    found = coded(events, "apposed_visit")
    assert ("CONSULT", "person:ahmed-al-charaa", "person:jean-noel-barrot") in found
    assert not any(a == "org:affaires-etrangeres" for _, a, _ in found)
