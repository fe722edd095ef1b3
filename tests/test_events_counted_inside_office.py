"""A counted anaphor two "de" complements below a noun standing for actors: "les chefs de la
diplomatie des deux pays", "les ministres des Affaires étrangères des deux pays" (the office's
domain, then its states) take up the two states (members.Members._anaphor_inside). Invented text, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "ministers_two_down": (
        "Le Pérou et l'Équateur se disputent un gisement de gaz depuis des mois. "
        "Le président brésilien recevra jeudi les chefs de la diplomatie des deux pays."),
    "one_level": (
        "Le Pérou et l'Équateur se disputent un gisement de gaz depuis des mois. "
        "Le président brésilien recevra jeudi les diplomates des deux pays."),
}
TITLED = True


def _pairs(events, name):
    return {frozenset((a, r)) for _, a, r in coded(events, name)}


def test_the_counted_states_two_complements_down(events):
    pairs = _pairs(events, "ministers_two_down")
    assert frozenset(("country:BRA", "country:PER")) in pairs
    assert frozenset(("country:BRA", "country:ECU")) in pairs


def test_one_complement_down_as_before(events):
    pairs = _pairs(events, "one_level")
    assert frozenset(("country:BRA", "country:PER")) in pairs
    assert frozenset(("country:BRA", "country:ECU")) in pairs
