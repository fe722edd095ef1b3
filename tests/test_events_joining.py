"""Joining an organisation is cooperation with it ("le Togo a rejoint l'OTAN", "a réintégré l'Union
africaine"); the frame flag `body` keeps only an organisation as the one joined, so a trip
("a rejoint Paris") or a meeting place codes nothing. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "joined": "Le Togo a rejoint l'OTAN.",
    "rejoined": "Le Maroc a réintégré l'Union africaine.",
    "integrated": "Le Togo a intégré l'Union africaine.",
    "trip": "Le président ghanéen a rejoint Lomé.",
    # (an older row of "réintégrer" without the flag made any object a partner)
    "rejoined_state": "Le Togo a réintégré le Ghana lundi.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("joined", ("COOPERATE", "country:TGO", "org:otan")),
    ("rejoined", ("COOPERATE", "country:MAR", "org:ua")),
    ("integrated", ("COOPERATE", "country:TGO", "org:ua")),
])
def test_joining_an_organisation_is_cooperation(events, name, event):
    assert event in coded(events, name)


def test_joining_a_city_is_no_cooperation(events):
    assert not coded(events, "trip")
    assert not coded(events, "rejoined_state")
