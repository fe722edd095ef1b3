"""Counted anaphors ("les deux pays", "les deux capitales") take up the pair the article is about:
the two states it named most (each at least twice, no tie), not a state named in passing just
before; inside the "de" complement of a noun standing for actors too ("des fonctionnaires des deux
pays"). Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "pair_of_the_article": (
        "Le Chili accuse la Bolivie de bloquer ses exportations. La Bolivie dément et accuse le Chili "
        "de mentir. Le Pérou observe la crise avec inquiétude. Le Kenya a exhorté les deux pays à "
        "renouer le dialogue."),
    "nearest_without_a_salient_pair": (
        "Le Chili accuse la Bolivie de bloquer ses exportations. Le Kenya a exhorté les deux pays à "
        "renouer le dialogue."),
    "inside_a_noun_phrase": (
        "Le Chili accuse la Bolivie de bloquer ses exportations. Selon la radio, des fonctionnaires "
        "des deux pays doivent se rencontrer à Lima."),
}

TITLED = True


def test_the_two_states_named_most_are_taken_up(events):
    requests = {(a, r) for t, a, r in coded(events, "pair_of_the_article") if t == "REQUEST"}
    assert requests == {("country:KEN", "country:CHL"), ("country:KEN", "country:BOL")}


def test_without_a_salient_pair_the_nearest_states(events):
    requests = {(a, r) for t, a, r in coded(events, "nearest_without_a_salient_pair") if t == "REQUEST"}
    assert requests == {("country:KEN", "country:CHL"), ("country:KEN", "country:BOL")}


def test_a_counted_anaphor_inside_a_noun_phrase(events):
    pairs = {frozenset((a, r)) for t, a, r in coded(events, "inside_a_noun_phrase") if t == "CONSULT"}
    assert pairs == {frozenset(("country:CHL", "country:BOL"))}
