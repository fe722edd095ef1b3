"""Referring a matter to an international body ("saisir le Conseil de sécurité", "saisit l'ONU") is
a request to that body, not a seizure; what a state seizes (a ship, a cargo) stays a seizure.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "council": "Le Paraguay a saisi le Conseil de sécurité des Nations unies.",
    "un": "Le Pérou saisit l'ONU après l'incident.",
    "ship": "La marine norvégienne a saisi un chalutier russe.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_body_referred_to_is_asked(events):
    assert ("REQUEST", "country:PRY", "org:csnu") in coded(events, "council")
    assert ("REQUEST", "country:PER", "org:onu") in coded(events, "un")
    assert not any(t == "COERCE" for t, _, _ in coded(events, "council") | coded(events, "un"))


def test_a_seized_ship_is_a_seizure(events):
    assert ("COERCE", "country:NOR", "country:RUS") in coded(events, "ship")
