"""Compound demonyms name each of their states ("le sommet germano-chilien", "les frappes
russo-syriennes"): a symmetric event between them, a joint act of both; "anglo-saxon" names no
state after the hyphen. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "summit": "Le sommet germano-chilien s'est tenu à Lima.",
    "treaty": "Le traité nippo-chilien a été signé en 1990.",
    "strikes": "Les frappes russo-syriennes ont visé l'État islamique.",
    "no_state": "Le traité anglo-saxon a été signé en 1990.",
    "forces": "Les forces russo-syriennes ont bombardé l'État islamique.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_compound_names_both_sides_of_a_meeting(events):
    assert ("CONSULT", "country:DEU", "country:CHL") in coded(events, "summit")
    assert ("AGREE", "country:JPN", "country:CHL") in coded(events, "treaty")


def test_a_compound_names_joint_actors(events):
    found = coded(events, "strikes")
    assert {("ASSAULT", "country:RUS", "org:etat-islamique"), ("ASSAULT", "country:SYR", "org:etat-islamique")} <= found


def test_forces_named_by_a_compound_act_each(events):
    found = coded(events, "forces")
    assert {("ASSAULT", "country:RUS", "org:etat-islamique"), ("ASSAULT", "country:SYR", "org:etat-islamique")} <= found


def test_no_state_after_the_hyphen_names_none(events):
    assert not coded(events, "no_state")
