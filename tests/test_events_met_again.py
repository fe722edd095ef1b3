"""Meeting again ("se retrouver avec X") is a meeting; a state that only finds itself somewhere
("se retrouve isolé") meets no one.
Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "met": "Le ministre grec s'est retrouvé mardi avec son homologue turc à Ankara.",
    "alone": "Le Pérou se retrouve isolé. Le Chili observe.",
}
TITLED = True


def test_meeting_again_is_a_meeting(events):
    assert ("CONSULT", "country:GRC", "country:TUR") in coded(events, "met")
    assert coded(events, "alone") == set()
