"""A demonym after coordinated adjectives qualifies the event noun, though the parser hangs it on
the last of them ("l'aide militaire et humanitaire française"). Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "aid": "L'aide militaire et humanitaire allemande au Tchad augmente.",
    "other": "L'aide militaire et humanitaire italienne au Liban augmente.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_the_demonym_after_coordinated_adjectives_acts(events):
    assert ("AID", "country:DEU", "country:TCD") in coded(events, "aid")
    assert ("AID", "country:ITA", "country:LBN") in coded(events, "other")
