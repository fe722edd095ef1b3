"""A junta is a state's government: with a demonym it names that state ("la junte malienne"), bare
it takes up the state spoken of, as "le régime" does (state_nouns.txt, event_bridging_nouns.tsv).
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "demonym": "La junte birmane a accusé la Chine d'armer les rebelles.",
    "bare": "BAMAKO (AFP) – La junte a accusé mardi l'Algérie d'ingérence.",
}

TITLED = True


def test_a_junta_is_its_state(events):
    assert ("ACCUSE", "country:MMR", "country:CHN") in coded(events, "demonym")
    assert ("ACCUSE", "country:MLI", "country:DZA") in coded(events, "bare")
