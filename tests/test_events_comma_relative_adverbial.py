"""A relative clause after a comma, its object pronoun "que" read as the marker of an adverbial
clause of the main verb ("le gouvernement X, que la France soutient, a repris …"): the noun
before the comma, or the noun its demonym qualifies, is the relative's object. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "relative": "Le gouvernement malien, que la France soutient, a repris la ville.",
    "completive": "Le Mali a fermé sa frontière avec le Niger, qu'il accuse d'abriter des rebelles.",
    "temporal": "Le gouvernement malien, quand la France attaque, se défend.",
}

TITLED = True


def test_a_comma_relative_read_as_adverbial_has_its_object(events):
    assert ("SUPPORT", "country:FRA", "country:MLI") in coded(events, "relative")


def test_a_comma_relative_read_as_completive_still_reads(events):
    assert ("ACCUSE", "country:MLI", "country:NER") in coded(events, "completive")


def test_an_adverbial_clause_of_another_marker_has_no_such_object(events):
    assert ("ASSAULT", "country:FRA", "country:MLI") not in coded(events, "temporal")
