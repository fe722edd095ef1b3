"""An attempt is the act itself, done whether or not it succeeds ("tenter d'envahir X" is an
assault), while a wish or a search stays an intention (event_intent_verbs.txt). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "attempt": "L'Érythrée a tenté d'envahir l'Éthiopie.",
    "wish": "L'Érythrée veut envahir l'Éthiopie.",
}

TITLED = True


def test_an_attempted_invasion_is_an_assault(events):
    assert ("ASSAULT", "country:ERI", "country:ETH") in coded(events, "attempt")


def test_a_wished_invasion_is_no_assault(events):
    assert not any(kind == "ASSAULT" for kind, _, _ in coded(events, "wish"))
