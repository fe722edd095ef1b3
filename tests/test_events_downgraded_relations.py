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
    "alert": "L'Italie a abaissé le niveau d'alerte pour ses ressortissants au Liban.",
    "imports": "Le Maroc a réduit le niveau de ses importations en provenance d'Espagne.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_lowered_relations_are_a_sanction(events):
    assert ("SANCTION", "country:MAR", "country:IRN") in coded(events, "lowered")
    assert ("SANCTION", "country:DZA", "country:FRA") in coded(events, "presence")


def test_fewer_or_harder_visas_are_a_sanction_and_fewer_troops_none(events):
    assert ("SANCTION", "country:FRA", "country:DZA") in coded(events, "visas")
    assert ("SANCTION", "country:FRA", "country:MLI") in coded(events, "harder")
    assert not {e for e in coded(events, "troops") if e[0] == "SANCTION"}


def test_a_level_of_something_else_lowered_is_no_sanction(events):
    assert not {e for e in coded(events, "alert") if e[0] == "SANCTION"}
    assert not {e for e in coded(events, "imports") if e[0] == "SANCTION"}
