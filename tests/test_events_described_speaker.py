"""A quote's speaker the quotes layer leaves as a description of a state's body, which names its
state inside (quote_events._described_speaker): the state speaks; on invented sentences through the
full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "body_with_demonym": "Dans un communiqué, le ministère des Affaires étrangères norvégien a indiqué que "
                         "le Chili avait accepté de rouvrir son consulat.",
    "body_of_country": "Le ministère de la Défense de l'Argentine a affirmé que le Chili avait déplacé des "
                       "troupes vers la frontière.",
    "no_state_noun": "« La Bolivie a tort », a affirmé un homme péruvien interrogé dans la rue.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def _pairs(events):
    return {(e.actor.actor, e.recipient.actor) for e in events if e.recipient is not None}


def test_a_body_described_with_a_demonym_speaks_for_its_state(events):
    assert ("country:NOR", "country:CHL") in _pairs(events["body_with_demonym"])


def test_a_body_of_a_named_state_speaks_for_it(events):
    assert ("country:ARG", "country:CHL") in _pairs(events["body_of_country"])


def test_a_person_described_by_a_demonym_alone_is_no_state(events):
    assert not any(a == "country:PER" for a, _ in _pairs(events["no_state_noun"]))
