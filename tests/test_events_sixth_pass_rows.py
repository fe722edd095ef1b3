"""A sixth pass over PLOVER's definitions: a stopover is a visit ("faire escale à"), a joint press
conference or briefing is a meeting of its sides, the release of detained people is RETREAT
(release) also as a noun, and countermeasures are a sanction. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "stopover": "Le président hongrois Viktor Orbán a fait escale à Kiev mardi.",
    "press": "Le ministre marocain a donné un point de presse avec le ministre français.",
    "release": "Le Mali a annoncé la libération de deux otages français.",
    "city": "L'armée irakienne a achevé la libération de Mossoul.",
    "counter": "L'Algérie a annoncé des contre-mesures contre la France.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_stopover_is_a_visit(events):
    assert any(t == "CONSULT" and r == "country:UKR" for t, _, r in coded(events, "stopover"))


def test_a_joint_press_briefing_is_a_meeting(events):
    assert ("CONSULT", "country:MAR", "country:FRA") in coded(events, "press")


def test_the_release_of_hostages_as_a_noun(events):
    assert ("RETREAT", "country:MLI", "country:FRA") in coded(events, "release")
    assert not coded(events, "city")  # a town freed is no release


def test_countermeasures_are_a_sanction(events):
    assert ("SANCTION", "country:DZA", "country:FRA") in coded(events, "counter")
