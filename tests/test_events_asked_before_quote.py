"""The one a cue asks, urges or blames, named before the quote's words ("L'ONG a appelé Kigali à
garantir « un procès équitable »"): a side of the quote's verbal event (addressed.asked), when no
predicate coded it (the quotes layer resolved a speaker the event rules did not: a description, a
pronoun); on invented sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "ngo_calls_on": "Human Rights Watch a dénoncé une « disparition forcée » de l'opposant. "
                    "L'ONG a appelé Kigali à garantir « un procès équitable ».",
    "ngo_calls_for": "Human Rights Watch a dénoncé une « disparition forcée » de l'opposant. "
                     "L'ONG a appelé à « un procès équitable ».",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2020-09-01").events for name, text in TEXTS.items()}


def _typed_pairs(events):
    return {(e.actor.actor, e.type, e.recipient.actor) for e in events if e.recipient is not None}


def test_the_state_a_body_calls_on_before_the_quote_is_the_requests_recipient(events):
    assert ("org:hrw", "REQUEST", "country:RWA") in _typed_pairs(events["ngo_calls_on"])


def test_a_call_that_names_no_one_asked_has_no_recipient(events):
    assert not any(e.type == "REQUEST" for e in events["ngo_calls_for"] if e.recipient is not None)
