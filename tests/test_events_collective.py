"""A collective of forces ("l'association des armées du Ghana, du Cameroun et du Tchad") acts
through the members its "de" complement names when that complement is a noun standing for actors,
and the association itself is their joint work; an association of people is no state. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "association": "L'association des armées du Ghana, du Cameroun et du Tchad a permis de repousser Boko Haram.",
    "alliance": "L'alliance des armées du Ghana et du Tchad a repoussé Boko Haram.",
    "people": "L'association française des familles de victimes a critiqué la Russie.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2024-05-02").events for name, text in TEXTS.items()}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_members_of_a_collective_act(events):
    found = coded(events, "association")
    for member in ("country:GHA", "country:CMR", "country:TCD"):
        assert ("ASSAULT", member, "org:boko-haram") in found
    assert {("ASSAULT", m, "org:boko-haram") for m in ("country:GHA", "country:TCD")} <= coded(events, "alliance")


def test_an_association_of_forces_is_joint_work(events):
    found = coded(events, "association")
    assert ("COOPERATE", "country:GHA", "country:CMR") in found
    assert ("COOPERATE", "country:GHA", "country:TCD") in found


def test_an_association_of_people_is_no_state(events):
    assert not coded(events, "people")

