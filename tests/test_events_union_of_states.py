"""A union noun over a list of states ("l'association des armées du Ghana, du Togo et du Bénin")
stands for each state it lists, even when the parser hangs the second member on the union noun
rather than on the first member's noun; with one state named it is a body of its own, no state.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "union": "L'association des armées du Ghana, du Togo et du Bénin a repoussé l'État islamique.",
    "alliance": "L'alliance des forces du Pérou, du Chili et de l'Équateur a attaqué l'État islamique.",
    "one_state": "L'association des journalistes du Ghana a critiqué la Belgique.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze("Un titre sans rapport\n\n" + text, published="2024-05-02").events
            for name, text in TEXTS.items()}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_each_state_of_the_union_acts(events):
    acting = {a for t, a, r in coded(events, "union") if t == "ASSAULT" and r == "org:etat-islamique"}
    assert acting == {"country:GHA", "country:TGO", "country:BEN"}


def test_the_union_is_cooperation_among_its_states(events):
    pairs = {frozenset((a, r)) for t, a, r in coded(events, "union") if t == "COOPERATE"}
    assert frozenset(("country:GHA", "country:TGO")) in pairs


def test_an_alliance_of_forces_acts_as_its_states(events):
    acting = {a for t, a, r in coded(events, "alliance") if r == "org:etat-islamique"}
    assert {"country:PER", "country:CHL", "country:ECU"} <= acting


def test_a_body_of_one_state_is_no_state(events):
    assert not any(a == "country:GHA" for t, a, r in coded(events, "one_state"))
