"""Regret, disappointment and alarm at another's act are blame (event_stance_words.tsv): "a jugé
« regrettable » la décision de X". Invented sentence, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "regret": "Berlin a jugé « regrettable » la décision de Budapest.",
    "disappointed": "Berlin a jugé « décevante » la position de Budapest.",
}

TITLED = True


def test_regret_and_disappointment_are_blame(events):
    assert ("ACCUSE", "country:DEU", "country:HUN") in coded(events, "regret")
    assert ("ACCUSE", "country:DEU", "country:HUN") in coded(events, "disappointed")
