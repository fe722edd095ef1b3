"""A hostile noun that aims at stopping or weakening an adversary names it as its target ("vise à
stopper la progression de X", "visent à affaiblir X"); aiming at protecting someone does not.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "stop": "L'offensive éthiopienne vise à stopper l'avancée de l'armée érythréenne.",
    "weaken": "Les sanctions canadiennes visent à affaiblir le Venezuela.",
    "protect": "L'offensive éthiopienne vise à soulager la Somalie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_adversary_to_stop_is_the_target(events):
    assert ("ASSAULT", "country:ETH", "country:ERI") in coded(events, "stop")


def test_the_adversary_to_weaken_is_the_target(events):
    assert ("SANCTION", "country:CAN", "country:VEN") in coded(events, "weaken")


def test_an_aim_of_another_kind_names_no_target(events):
    assert ("ASSAULT", "country:ETH", "country:SOM") not in coded(events, "protect")
