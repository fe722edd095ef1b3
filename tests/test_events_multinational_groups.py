"""Multinational groups act as one party ("des forces sud-américaines", "115 États", "la
communauté internationale"), written as the text names them; a group led by a state ("la coalition
menée par le Chili") acts as that state. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "forces": "Les forces sud-américaines ont attaqué l'État islamique.",
    "counted": "Le Kosovo a été reconnu par 40 États.",
    "collective": "La communauté internationale a condamné la Corée du Nord.",
    "ngos": "Les ONG internationales ont attaqué l'État islamique.",
    "single": "L'organisation internationale a attaqué l'État islamique.",
    "led": "La coalition internationale menée par le Chili a bombardé l'État islamique.",
    "named": "Les pays occidentaux, dont la France, ont critiqué le Chili.",
    "leaders": "Les dirigeants africains ont critiqué le Chili.",
    "diplomats": "Les diplomates occidentaux ont rencontré le président chilien.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor or e.actor.name, e.recipient.actor or e.recipient.name)
            for e in events[name] if not e.negated}


def test_a_multinational_group_of_states_acts_against_an_armed_group(events):
    assert ("ASSAULT", "forces sud-américaines", "org:etat-islamique") in coded(events, "forces")


def test_counted_states_are_a_group(events):
    assert ("COOPERATE", "40 États", "country:XKX") in coded(events, "counted")


def test_a_collective_noun_is_a_group(events):
    assert ("ACCUSE", "communauté internationale", "country:PRK") in coded(events, "collective")


def test_organisations_and_one_body_are_no_state(events):
    # NGOs against an armed group involve no state (GUIDELINES §7); one organisation is a description
    assert not coded(events, "ngos")
    assert not coded(events, "single")


def test_a_group_led_by_a_state_acts_as_that_state(events):
    assert ("ASSAULT", "country:CHL", "org:etat-islamique") in coded(events, "led")


def test_a_group_naming_its_members_is_not_a_designation(events):
    assert not any("pays occidentaux" in str(e) for e in coded(events, "named"))



def test_officials_of_several_states_act_as_a_group(events):
    assert ("ACCUSE", "dirigeants africains", "country:CHL") in coded(events, "leaders")
    assert ("CONSULT", "diplomates occidentaux", "country:CHL") in coded(events, "diplomats")
