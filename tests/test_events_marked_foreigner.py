"""A domestic office holder of unstated state ("le ministre de l'Intérieur X") facing an office
holder whose role marks them foreign by a demonym ("Y, ministre algérien de l'Intérieur") is an
international pair (found.faces_marked_foreigner): French news names its own officials without a
demonym. Facing a person the article does not mark so (a head of state the gazetteer knows) the
pair stays presumed domestic. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "marked": "Le ministre de l'Intérieur Paul Durandal a rencontré lundi à Paris Ahmed Benkirane, "
              "ministre algérien de l'Intérieur.",
    "unmarked": "Le ministre de l'Intérieur Paul Durandal a rencontré lundi à Paris Emmanuel Macron.",
}


def pairs(events, name):
    return {frozenset((e.actor.name, e.recipient.name)) for e in events[name] if not e.negated and e.recipient}


def test_a_domestic_minister_meets_a_minister_marked_foreign(events):
    assert frozenset(("Paul Durandal", "Ahmed Benkirane")) in pairs(events, "marked")


def test_a_domestic_minister_and_an_unmarked_person_stay_domestic(events):
    assert not pairs(events, "unmarked")
