"""A troop repatriation as a noun is a withdrawal, as "le retrait des troupes" ("le rapatriement
des soldats X de Y"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "repatriated": "Le rapatriement des soldats belges du Niger a commencé.",
    "nationals": "Le rapatriement des ressortissants belges du Niger a commencé.",
}

TITLED = True


def test_a_repatriation_of_troops_is_a_withdrawal(events):
    assert coded(events, "repatriated") == {("RETREAT", "country:BEL", "country:NER")}


def test_a_repatriation_of_civilians_is_none(events):
    assert not coded(events, "nationals")
