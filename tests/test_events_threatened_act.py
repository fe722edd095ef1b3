"""A threat aimed through the hostile act it announces, a noun predicate the infinitive governs
("menacer de lancer des frappes contre X", "menacer d'imposer des sanctions à X"): the act's own
target is the recipient, its type the threat's mode. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "strikes": "Le Kenya menace de lancer des frappes contre la Somalie.",
    "sanctions": "Le Maroc a menacé d'imposer des sanctions à la Mauritanie.",
    "agreement": "Le Maroc a menacé de signer un accord.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def threats(events, name):
    return {(e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "THREATEN"}


def test_the_target_of_the_threatened_strikes_is_threatened(events):
    assert ("violence", "country:KEN", "country:SOM") in threats(events, "strikes")


def test_the_target_of_the_threatened_sanctions_is_threatened(events):
    assert ("relations", "country:MAR", "country:MRT") in threats(events, "sanctions")


def test_a_threatened_act_with_no_target_names_no_recipient(events):
    assert not threats(events, "agreement")
