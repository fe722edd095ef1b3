"""An ally named by its demonym is that state ("son allié russe"), as a side of any predicate;
its "de" complement names the partner, not the ally. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "joint": "Le régime malien et son allié tchadien ont bombardé le Niger.",
    "object": "Le Mali a remercié son allié tchadien.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_an_ally_named_by_its_demonym_acts(events):
    assert {actor for _, actor, _ in coded(events, "joint")} == {"country:MLI", "country:TCD"}


def test_an_ally_named_by_its_demonym_is_acted_on(events):
    assert {recipient for _, _, recipient in coded(events, "object")} == {"country:TCD"}
