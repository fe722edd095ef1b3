"""A prisoner exchange is joint material work of the two states that make it: cooperation between
them, whether told through a light verb ("ont procédé à un échange de prisonniers") or with its
sides after "entre" (event_predicates.tsv). An exchange of anything else ("un échange de vues")
is no such act. Invented French sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "light_verb": "Le Canada et la Chine ont procédé lundi à Genève à un échange de prisonniers.",
    "between": "Un échange de détenus entre l'Arménie et l'Azerbaïdjan a eu lieu mardi.",
    "views": "Un échange de vues entre l'Arménie et l'Azerbaïdjan a eu lieu mardi.",
}
TITLED = True


def _cooperation(events, name):
    return {frozenset((a, r)) for t, a, r in coded(events, name) if t == "COOPERATE"}


def test_an_exchange_made_through_a_light_verb_is_cooperation(events):
    assert frozenset(("country:CAN", "country:CHN")) in _cooperation(events, "light_verb")


def test_an_exchange_between_two_states_is_cooperation(events):
    assert frozenset(("country:ARM", "country:AZE")) in _cooperation(events, "between")


def test_an_exchange_of_views_is_no_cooperation(events):
    assert not _cooperation(events, "views")
