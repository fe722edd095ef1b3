"""Nouns that carry a noun predicate ("un message de soutien", "une lettre de condoléances"): the
light verb governing the carrier acts the predicate; a message or a signal sent is no aid ("a
envoyé un signal fort, une menace, à X" is the threat). Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "message": "Le Kenya a adressé un message de soutien à l'Ouganda.",
    "letter": "Le Kenya a envoyé une lettre de félicitations à l'Ouganda.",
    "bare_message": "Le Kenya a envoyé un message à l'Ouganda.",
    "signal": "Le Kenya a envoyé un signal clair, un avertissement, à l'Ouganda.",
    "aid": "Le Kenya a envoyé des vivres à l'Ouganda.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["message", "letter"])
def test_the_light_verb_of_the_carrier_acts_the_carried_predicate(events, name):
    assert ("SUPPORT", "country:KEN", "country:UGA") in coded(events, name)


@pytest.mark.parametrize("name", ["bare_message", "letter", "signal"])
def test_a_message_sent_is_no_aid(events, name):
    assert not any(kind == "AID" for kind, _, _ in coded(events, name))


def test_goods_sent_are_still_aid(events):
    assert ("AID", "country:KEN", "country:UGA") in coded(events, "aid")
