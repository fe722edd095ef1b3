"""Recalling an envoy: the recall is aimed at the state the envoy served in, never at the envoy (one's
own diplomat); the envoy may be named with the noun in apposition ("a rappelé Paul Martin, son
ambassadeur à Caracas"), or be embassy staff or diplomats ("le personnel de son ambassade à …").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "named_envoy": "Le Canada a rappelé Paul Martin, son ambassadeur à Caracas.",
    "staff": "Les États-Unis ont rappelé le personnel de leur ambassade à Cuba.",
    "diplomats": "Le Japon a rappelé ses diplomates en poste au Pérou.",
    "ambassador": "La France a rappelé son ambassadeur en Italie.",
    "not_diplomatic": "Le ministre a rappelé le personnel soignant.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_named_envoy_is_recalled_from_the_state_he_serves_in(events):
    assert coded(events, "named_envoy") == {("PROTEST", "recall", "country:CAN", "country:VEN")}


@pytest.mark.parametrize("name, actor, state", [("staff", "USA", "CUB"), ("diplomats", "JPN", "PER"),
                                                ("ambassador", "FRA", "ITA")])
def test_embassy_staff_and_diplomats_are_recalled_too(events, name, actor, state):
    assert ("PROTEST", "recall", f"country:{actor}", f"country:{state}") in coded(events, name)


def test_a_recall_of_no_envoy_is_no_event(events):
    assert not coded(events, "not_diplomatic")
