"""Blame of a thing done is aimed at whoever a participle on it says did it ("a critiqué la loi
adoptée par le parlement hongrois": Hungary; "a dénoncé les soldats envoyés par Moscou": Russia);
only for verbal conflict, and only when the thing itself names no actor. Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "law": "Le Japon a critiqué la loi adoptée par le parlement hongrois.",
    "soldiers": "La Chine a dénoncé les soldats envoyés par Moscou.",
    "praise": "Le Japon a salué la loi adoptée par le parlement hongrois.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_blame_is_aimed_at_the_author(events):
    assert ("ACCUSE", "country:JPN", "country:HUN") in coded(events, "law")
    assert ("ACCUSE", "country:CHN", "country:RUS") in coded(events, "soldiers")


def test_praise_of_a_thing_is_not_read_through_its_author(events):
    assert not any(r == "country:HUN" for _, _, r in coded(events, "praise"))
