"""A hostile quote that places abuse in a state's places ("dans les prisons syriennes") accuses
that state (quoted._state_place, GUIDELINES §7.1 accuse); a quote with no hostile word about such
a place is no event; on invented sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "abuse": "L'ONG Amnesty International a affirmé que la torture était systématique dans les prisons égyptiennes.",
    "abuse_selon": "Selon Human Rights Watch, des opposants sont torturés dans les geôles iraniennes.",
    "neutral": "« Nous avons investi dans les usines chinoises », a déclaré le ministre allemand Olaf Weber.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def _typed_pairs(events):
    return {(e.actor.actor, e.type, e.recipient.actor) for e in events if e.recipient is not None}


def test_abuse_in_a_states_prisons_accuses_the_state(events):
    assert ("org:amnesty-international", "ACCUSE", "country:EGY") in _typed_pairs(events["abuse"])
    assert ("org:hrw", "ACCUSE", "country:IRN") in _typed_pairs(events["abuse_selon"])


def test_a_place_named_without_blame_is_no_target(events):
    assert not events["neutral"]
