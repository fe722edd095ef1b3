"""A state's armed forces and its collegial government, named as bodies of the gazetteer, act
for the state in events (GUIDELINES §7.2: "an ISO3 code for a state, its government, army"); an
agency keeps its own name. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "army": "Les Forces armées maliennes ont bombardé mardi un poste algérien, selon Alger. L'Algérie proteste.",
    "government": "Le Conseil fédéral a gelé les avoirs de plusieurs oligarques proches de la Russie.",
    "agency": "La CIA a accusé la Russie d'ingérence.",
}

TITLED = True


def test_an_army_acts_for_its_state(events):
    assert any(actor == "country:MLI" for _, actor, _ in coded(events, "army"))


def test_a_collegial_government_acts_for_its_state(events):
    assert any(actor == "country:CHE" for _, actor, _ in coded(events, "government"))


def test_an_agency_keeps_its_name(events):
    assert ("ACCUSE", "org:cia", "country:RUS") in coded(events, "agency")
