"""A preposition the parser reads as a verb heading its noun ("exprimer sa gratitude envers les
autorités", "envers" tagged as a verb with its noun as object) still introduces the predicate's
complement (events/prepositional.py), as one read as an adverb does. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True
AID = "Le Mali a reçu une aide alimentaire du Maroc. "
TEXTS = {
    "gratitude": AID + "Le président malien, Amadou Keita, a exprimé sa gratitude envers les autorités marocaines.",
    "solidarity": AID + "Le président malien, Amadou Keita, a exprimé sa solidarité envers le Maroc.",
}


def test_gratitude_toward_a_state_is_support(events):
    assert ("SUPPORT", "person:amadou-keita", "country:MAR") in coded(events, "gratitude")


def test_solidarity_toward_a_state_is_support(events):
    assert ("SUPPORT", "person:amadou-keita", "country:MAR") in coded(events, "solidarity")
