"""A press conference held with a partner is a meeting (PLOVER CONSULT): "lors d'une conférence de
presse commune avec X", "un point de presse conjoint avec X"; not without its partner ("une
conférence de presse" alone is no meeting). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "press": "Mélanie Joly s'est exprimée lors d'une conférence de presse commune avec son homologue moldave.",
    "briefing": "Le ministre marocain a parlé lors d'un point de presse conjoint avec son homologue Jean-Noël Barrot.",
    "alone": "Le président kényan a tenu une conférence de presse à Paris.",
}

TITLED = True


def _sides(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name]}


def test_a_joint_press_conference_is_a_meeting(events):
    assert ("CONSULT", "meet", "person:melanie-joly", "country:MDA") in _sides(events, "press")
    assert ("CONSULT", "meet", "country:MAR", "person:jean-noel-barrot") in _sides(events, "briefing")


def test_no_partner_no_meeting(events):
    assert not [e for e in events["alone"] if e.type == "CONSULT" and e.mode == "meet"]
