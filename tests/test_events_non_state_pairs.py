"""Two non-state sides make no international interaction (GUIDELINES §7), even when a group has
a country ("les rebelles syriens" is a group of Syria, not its state): rebels against an armed
group code nothing; against a state they do. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "groups": "Les rebelles maliens ont attaqué l'État islamique.",
    "state": "Les rebelles maliens ont attaqué le Niger.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_group_against_an_armed_group_is_no_event(events):
    assert not coded(events, "groups")


def test_a_group_against_a_state_is_one(events):
    assert {(etype, recipient) for etype, _, recipient in coded(events, "state")} == {("ASSAULT", "country:NER")}
