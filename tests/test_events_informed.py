"""Informing a foreign government of a decision is consultation ("a informé Washington de sa
décision"); informing the press is no event; "nos amis américains" stand for their state.
Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "state": "Le Japon a informé les États-Unis de sa décision.",
    "press": "Le ministre japonais a informé la presse de sa décision.",
    "friends": "Le Premier ministre japonais a remercié ses amis américains.",
}
TITLED = True


def test_informing_a_state_consults_it(events):
    assert ("CONSULT", "country:JPN", "country:USA") in coded(events, "state")


def test_informing_the_press_is_no_event(events):
    assert coded(events, "press") == set()


def test_friends_named_by_a_demonym_stand_for_their_state(events):
    assert ("SUPPORT", "country:JPN", "country:USA") in coded(events, "friends")
