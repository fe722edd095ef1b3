"""The noun a participle or a relative clause modifies is the verb's object: it completes a row
written with a companion word ("les soldats entraînés par X", "les forces que X forme" fit
"entraîner soldat|force…"), and a relative pronoun the parser took for a marker still makes the
antecedent the object. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "participle": "Le Pérou observe. Les soldats équatoriens entraînés par le Brésil sont partis.",
    "apposed_participle": "Le Pérou observe. Les forces boliviennes, formées par l'Argentine, sont rentrées.",
    "relative": "Le Pérou observe. Les soldats équatoriens que le Brésil entraîne sont partis.",
    "no_companion": "Le Pérou observe. Les chevaux équatoriens entraînés par le Brésil sont partis.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_modified_noun_is_the_companion_object(events):
    assert coded(events, "participle") == {("COOPERATE", "country:BRA", "country:ECU")}
    assert coded(events, "apposed_participle") == {("COOPERATE", "country:ARG", "country:BOL")}


def test_a_relative_clause_makes_its_antecedent_the_object(events):
    assert coded(events, "relative") == {("COOPERATE", "country:BRA", "country:ECU")}


def test_no_companion_word_no_training_event(events):
    assert not coded(events, "no_companion")
