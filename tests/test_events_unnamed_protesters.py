"""Nouns of demonstrators stand for the unnamed demonstrators (GUIDELINES §7 "manifestants")
wherever they are an argument, not only as the missing actor of a demonstration; a quantity noun
stands for what it counts ("des centaines de manifestants", "des milliers de soldats russes").
Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "attack_on_embassies": (
        "Des centaines de manifestants en colère ont attaqué lundi les ambassades du Chili, de Bolivie et "
        "du Pérou à Caracas."),
    "charge": "Les manifestants accusent le Chili de soutenir l'opposition.",
    "counted_soldiers": "Des milliers de soldats russes ont attaqué la ville ukrainienne de Kharkiv.",
}

TITLED = True


def test_demonstrators_act_on_each_embassy_state(events):
    attacked = {r for t, a, r in coded(events, "attack_on_embassies") if t == "ASSAULT" and a is None}
    assert attacked == {"country:CHL", "country:BOL", "country:PER"}


def test_demonstrators_as_the_subject_of_a_charge(events):
    assert {(t, r) for t, a, r in coded(events, "charge")} == {("ACCUSE", "country:CHL")}


def test_a_quantity_stands_for_what_it_counts(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "counted_soldiers")
