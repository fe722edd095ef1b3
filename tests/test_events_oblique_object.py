"""An object the parser labelled an oblique argument or modifier with no preposition ("entraîne des
soldats ukrainiens", "des" read as the determiner of an obl:arg; "a aussi critiqué les États-Unis",
an obl:mod): a nominal with its own determiner right after the verb, or right after the verb's
prepositional complements ("a rencontré à Berlin la chancelière allemande"), is its object. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "trains": "Le Danemark entraîne des soldats ukrainiens.",
    "trained": "Le Danemark a formé des soldats ukrainiens.",
    "modifier": "Le Brésil a aussi critiqué les États-Unis.",
    "after_place": "Le président français a rencontré à Berlin la chancelière allemande.",
    "after_comma": "Le ministre brésilien a critiqué à Genève, la semaine dernière.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_an_object_parsed_as_an_oblique_argument_is_the_object(events):
    assert coded(events, "trains") == {("COOPERATE", "country:DNK", "country:UKR")}


def test_a_parsed_object_still_reads(events):
    assert coded(events, "trained") == {("COOPERATE", "country:DNK", "country:UKR")}


def test_an_object_parsed_as_an_oblique_modifier_is_the_object(events):
    assert coded(events, "modifier") == {("ACCUSE", "country:BRA", "country:USA")}


def test_an_object_after_a_prepositional_complement_is_the_object(events):
    assert coded(events, "after_place") == {("CONSULT", "country:FRA", "country:DEU")}


def test_a_nominal_after_a_comma_is_no_object(events):
    assert coded(events, "after_comma") == set()
