"""A threat's quote whose main clause names no one aims at the subject of the condition it sets
("a prévenu que de nouvelles taxes suivraient si le Togo maintenait ses quotas"), and a threat cue
coordinated after another act toward the same side ("a accusé le Togo de …, et a prévenu que …") is
a second act, coded beside the first. Invented texts, full pipeline."""
from __future__ import annotations

TEXTS = {
    "condition": "Le porte-parole ghanéen Kofi Mensah a prévenu que de nouvelles taxes suivraient si le Togo "
                 "maintenait ses quotas.",
    "after_accusation": "Le porte-parole ghanéen Kofi Mensah a accusé le Togo de tricher, et a prévenu que de "
                        "nouvelles taxes suivraient si Lomé maintenait ses quotas.",
}

TITLED = True


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated and e.recipient}


def test_a_threat_aims_at_the_subject_of_its_condition(events):
    assert ("THREATEN", "person:kofi-mensah", "country:TGO") in coded(events, "condition")


def test_a_threat_after_an_accusation_is_a_second_act(events):
    found = coded(events, "after_accusation")
    assert ("ACCUSE", "person:kofi-mensah", "country:TGO") in found
    assert ("THREATEN", "person:kofi-mensah", "country:TGO") in found
