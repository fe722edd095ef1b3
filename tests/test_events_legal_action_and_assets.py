"""Legal action against a state is an accusation: "saisir la Cour … contre X", "déposer (une)
plainte contre X" (déposer is a light verb); the assets of a state seized or frozen are that
state's ("geler les avoirs russes" is aimed at Russia, not at a group named "avoirs russes").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "court": "La Gambie a saisi le tribunal arbitral contre le Sénégal.",
    "complaint": "La Gambie a déposé une plainte contre le Sénégal.",
    "frozen": "La Gambie a gelé les avoirs sénégalais.",
    "seized": "La Gambie a saisi les avoirs sénégalais.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,kind", [
    ("court", "ACCUSE"), ("complaint", "ACCUSE"), ("frozen", "SANCTION"), ("seized", "COERCE"),
])
def test_the_act_is_aimed_at_the_state(events, name, kind):
    assert (kind, "country:GMB", "country:SEN") in coded(events, name)


def test_suing_a_state_is_an_accusation_not_an_attack(analyze):
    found = coded(events_of(analyze, {"sued": "La Gambie a attaqué le Sénégal en justice."}), "sued")
    assert ("ACCUSE", "country:GMB", "country:SEN") in found
    assert not any(kind == "ASSAULT" for kind, _, _ in found)


def test_a_circumstance_is_no_companion_of_a_row(analyze):
    # "poursuivre en justice" reads its "en" modifier; "poursuivre … en Casamance" is no lawsuit
    found = coded(events_of(analyze, {"pursued": "La Gambie a poursuivi le Sénégal en Casamance."}), "pursued")
    assert not any(kind == "ACCUSE" for kind, _, _ in found)
