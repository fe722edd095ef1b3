"""Counted anaphors of a state's bodies: "les deux armées", "les deux gouvernements" take up the
two states just named, as "les deux parties" do (kind "sides", counted only; a bare "le
gouvernement" is no anaphor here). Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "two_armies": (
        "Les soldats du Tchad et du Niger ont échangé des tirs à la frontière samedi. "
        "Le Nigeria a exhorté les deux armées à la retenue."),
    "two_governments": (
        "Le Pérou et l'Équateur se disputent un gisement de gaz depuis des mois. "
        "Le Brésil a exhorté les deux gouvernements à reprendre le dialogue."),
    "one_government": (
        "Le Pérou et l'Équateur se disputent un gisement de gaz depuis des mois. "
        "Le Brésil a critiqué le gouvernement."),
}
TITLED = True


def _pairs(events, name, kind):
    return {frozenset((a, r)) for t, a, r in coded(events, name) if t == kind}


def test_the_two_armies_are_the_two_states(events):
    pairs = _pairs(events, "two_armies", "REQUEST")
    assert frozenset(("country:NGA", "country:TCD")) in pairs
    assert frozenset(("country:NGA", "country:NER")) in pairs


def test_the_two_governments_are_the_two_states(events):
    pairs = _pairs(events, "two_governments", "REQUEST")
    assert pairs == {frozenset(("country:BRA", "country:PER")), frozenset(("country:BRA", "country:ECU"))}


def test_a_bare_government_takes_up_no_pair(events):
    assert not any("ECU" in x for pair in _pairs(events, "one_government", "ACCUSE") for x in pair)

