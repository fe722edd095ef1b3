"""A demonym on the means or force of a hostile act noun ("des frappes de missiles russes") names the
act's author: the quote accuses that state, it states no position. Invented sentence, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "means": "Le ministre ukrainien a déclaré : « Des frappes de missiles russes ont touché nos villes cette nuit. »",
}

TITLED = True


def test_a_demonym_on_the_means_of_a_hostile_act_is_its_author(events):
    assert ("ACCUSE", "country:UKR", "country:RUS") in coded(events, "means")
