"""An envoy sent or dispatched is a visit by proxy, not aid ("a dépêché un émissaire à X"), and a
note or a letter sent carries what it says, no aid. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "emissary": "Le Mali a dépêché un émissaire à Niamey.",
    "minister": "Le Mali a envoyé son ministre des affaires étrangères au Niger.",
    "note": "Le Mali a envoyé une note diplomatique au Niger.",
    "relief": "Le Mali a dépêché des secours au Niger.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["emissary", "minister"])
def test_an_envoy_sent_is_a_visit(events, name):
    found = coded(events, name)
    assert ("CONSULT", "country:MLI", "country:NER") in found
    assert ("AID", "country:MLI", "country:NER") not in found


def test_a_note_sent_is_no_aid(events):
    assert ("AID", "country:MLI", "country:NER") not in coded(events, "note")


def test_relief_dispatched_is_still_aid(events):
    assert ("AID", "country:MLI", "country:NER") in coded(events, "relief")
