"""A threat to do something to an act names its aim through the act's own recipient ("menacer de
retirer son soutien au Kenya" is aimed at Kenya, not at the state the article is about).
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "withdraw_support": "Le Pérou observe. Les États-Unis menacent de retirer leur soutien au Kenya.",
    "impose_sanctions": "Le Pérou observe. La Chine menace d'imposer des sanctions au Japon.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_threat_is_aimed_at_the_recipient_of_the_threatened_act(events):
    assert coded(events, "withdraw_support") == {("THREATEN", "country:USA", "country:KEN")}
    assert coded(events, "impose_sanctions") == {("THREATEN", "country:CHN", "country:JPN")}
