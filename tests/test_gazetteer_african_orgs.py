"""Regional bodies, peacekeeping missions, armed groups and national armies of African news
(organizations.tsv): each is an actor of its own, and an army acts for its state. Invented sentences."""
from __future__ import annotations

TEXTS = {
    "igo": "La CEMAC a salué le Gabon pour sa présidence.",
    "army": "Les FAMa ont attaqué les positions du Front Polisario.",
    "rebels": "Les FDLR ont été attaqués par le Burundi.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_regional_body_acts(events):
    assert ("SUPPORT", "org:cemac", "country:GAB") in coded(events, "igo")


def test_a_national_army_and_a_movement_are_known(events):
    # a national army is written as its state (event_state_bodies.txt, GUIDELINES §7.2)
    assert ("ASSAULT", "country:MLI", "org:polisario") in coded(events, "army")
    assert ("ASSAULT", "country:BDI", "org:fdlr") in coded(events, "rebels")
