"""Stated positions carried by quotes (nlp/events/quote_acts.py, component.py): a quote with no cue
predicate and no stance word is a verbal event only between states, on invented sentences through
the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "between_states": "Le ministre japonais des Affaires étrangères Taro Kono a déclaré que la Chine "
                      "discuterait du dossier en mars.",
    "stateless_speaker": "« Le Kenya organisera les élections en août », a déclaré l'analyste Jean Dupont.",
    "stance": "Le ministre japonais Taro Kono a déclaré que la Chine menaçait la paix.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def test_a_stated_position_between_states_is_a_low_confidence_verbal_event(events):
    [event] = events["between_states"]
    assert (event.type, event.actor.actor, event.recipient.actor) == ("SUPPORT", "person:taro-kono", "country:CHN")
    assert event.reported_by == "Taro Kono"
    assert event.confidence < 0.5


def test_a_speaker_of_no_state_states_no_event(events):
    assert events["stateless_speaker"] == []


def test_a_stance_word_still_types_the_event(events):
    coded = {(e.type, e.actor.actor, e.recipient.actor) for e in events["stance"]}
    # (China threatens in what he says: he accuses China, he does not threaten it)
    assert ("ACCUSE", "person:taro-kono", "country:CHN") in coded
    assert ("THREATEN", "person:taro-kono", "country:CHN") not in coded
    assert not any(t == "SUPPORT" for t, _, _ in coded)
