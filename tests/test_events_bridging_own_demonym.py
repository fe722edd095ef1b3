"""A bridging noun with a demonym of its own names its state: "cette loi polonaise" is
Poland's, not a take-up of the last state named before it (which may be the actor itself, and then
the event named no recipient). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "own": "Les dirigeants suédois ont dénoncé cette loi polonaise.",
    "welcomed": "La Suède a salué cette initiative polonaise.",
    "taken_up": "La Pologne a voté une réforme de la justice. La Suède a dénoncé cette réforme.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_bridging_noun_with_a_demonym_names_its_state(events):
    assert ("ACCUSE", "country:SWE", "country:POL") in coded(events, "own")


def test_a_bare_bridging_noun_still_takes_up_the_state_before(events):
    assert ("ACCUSE", "country:SWE", "country:POL") in coded(events, "taken_up")


def test_an_act_welcomed_with_its_demonym_is_support_of_its_state(events):
    assert ("SUPPORT", "country:SWE", "country:POL") in coded(events, "welcomed")
