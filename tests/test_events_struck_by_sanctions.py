"""A targeting verb that is an attack of its own ("frapper", "cibler") only aims a noun predicate
that is its agent or subject: "le Venezuela, frappé par des sanctions canadiennes" and "les
sanctions canadiennes frappent le Venezuela" are Canada's sanction on Venezuela, no assault; a
state or an air force striking stays an assault. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "participle": "Le Venezuela, frappé par de nouvelles sanctions canadiennes, a riposté.",
    "subject": "Les sanctions canadiennes frappent le Venezuela depuis mars.",
    "passive": "Le Venezuela a été ciblé par des sanctions canadiennes.",
    "strike": "La Turquie a été frappée par l'aviation syrienne.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["participle", "subject", "passive"])
def test_sanctions_that_strike_are_sanctions(events, name):
    found = coded(events, name)
    assert ("SANCTION", "country:CAN", "country:VEN") in found
    assert not any(t == "ASSAULT" for t, *_ in found)


def test_an_air_force_striking_is_an_assault(events):
    assert ("ASSAULT", "country:SYR", "country:TUR") in coded(events, "strike")
