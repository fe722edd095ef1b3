"""Measures taken against a state ("des mesures contre X", "des mesures de rétorsion contre X") are
sanctions, and a demand for them is aimed at X (event_predicates.tsv); on invented sentences through
the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "taken": "Le Canada a pris des mesures contre le Venezuela.",
    "retaliation": "La Chine a annoncé des mesures de rétorsion contre les États-Unis.",
    "demanded": "La Première ministre norvégienne Erna Solberg demande des mesures plus strictes contre la Russie.",
    "no_actor": "La France a pris des mesures contre le terrorisme.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def _coded(events):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events if e.recipient is not None}


def test_measures_against_a_state_are_a_sanction(events):
    assert ("SANCTION", "country:CAN", "country:VEN") in _coded(events["taken"])
    assert ("SANCTION", "country:CHN", "country:USA") in _coded(events["retaliation"])


def test_a_demand_for_measures_is_aimed_at_their_target(events):
    assert ("REQUEST", "person:erna-solberg", "country:RUS") in _coded(events["demanded"])


def test_measures_against_no_actor_are_no_event(events):
    assert events["no_actor"] == []
