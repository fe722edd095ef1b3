"""A demonym after coordinated adjectives qualifies the event noun, though the parser hangs it on
the last of them ("l'aide militaire et humanitaire française"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "aid": "L'aide militaire et humanitaire allemande au Tchad augmente.",
    "other": "L'aide militaire et humanitaire italienne au Liban augmente.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_demonym_after_coordinated_adjectives_acts(events):
    assert ("AID", "country:DEU", "country:TCD") in coded(events, "aid")
    assert ("AID", "country:ITA", "country:LBN") in coded(events, "other")
