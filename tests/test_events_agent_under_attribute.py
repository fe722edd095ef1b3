"""The agent of a passive verb that the parser hangs on the verb's "de" complement ("a été
qualifiée de « provocation » par X": "par X" under the word) is still the verb's agent
(voice._agent_under_attribute), as one hung on a date after the verb already is. Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "qualified": "La décision du Pérou a été qualifiée de « provocation » par la Bolivie.",
    "plain": "La décision du Pérou a été condamnée par la Bolivie.",
}

TITLED = True


def _pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name]}


def test_an_agent_under_the_attribute_acts(events):
    assert ("ACCUSE", "country:BOL", "country:PER") in _pairs(events, "qualified")


def test_an_agent_on_the_verb_still_acts(events):
    assert ("ACCUSE", "country:BOL", "country:PER") in _pairs(events, "plain")
