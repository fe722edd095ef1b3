"""An armed group named by a group noun and a demonym ("les rebelles syriens", "des milices
irakiennes") is a side of its own, of that country but not its state (GUIDELINES §7.2 writes it by
its designation): it acts toward foreign states and is acted on by them, never by its own state.
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "supported": "Le Soudan soutient depuis des années les rebelles tchadiens.",
    "attacking": "Des milices libyennes ont attaqué l'ambassade égyptienne.",
    "domestic": "L'armée tchadienne a bombardé les rebelles tchadiens.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def sides(events, name):
    return {(e.type, e.actor.actor or e.actor.name, e.recipient.actor or e.recipient.name) for e in events[name]}


def test_a_state_supports_a_foreign_armed_group(events):
    assert ("SUPPORT", "country:SDN", "rebelles tchadiens") in sides(events, "supported")


def test_a_foreign_armed_group_attacks_a_state(events):
    assert ("ASSAULT", "milices libyennes", "country:EGY") in sides(events, "attacking")


def test_a_state_and_its_own_armed_group_make_no_event(events):
    assert not sides(events, "domestic")
