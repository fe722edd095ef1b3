"""Allegations are accusations, as "accusation" is ("les allégations de X contre Y", "X a
maintenu ses allégations contre Y"). Invented texts, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "allegations": "Les allégations du Ghana contre le Togo ont été publiées mardi.",
    "their_allegations": "Le Ghana a maintenu ses allégations contre le Togo.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["allegations", "their_allegations"])
def test_allegations_accuse(events, name):
    assert ("ACCUSE", "country:GHA", "country:TGO") in coded(events, name)
