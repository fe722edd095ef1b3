"""An international body or NGO taken up by its kind ("l'institution", "l'ONG", event_group_descriptions.tsv):
the one organisation of that kind (organizations.tsv) named before it acts. Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "igo": "Une délégation de l'Union africaine est arrivée à Lomé lundi. Mardi, l'institution a vivement "
           "critiqué le Bénin.",
    "ngo": "Human Rights Watch a publié un long rapport lundi. Mardi, l'ONG a vivement critiqué le Bénin.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_institution_is_the_international_body_named_before(events):
    assert ("org:ua", "country:BEN") in pairs(events, "igo")


def test_the_ngo_is_the_ngo_named_before(events):
    assert ("org:hrw", "country:BEN") in pairs(events, "ngo")
