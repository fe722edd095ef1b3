"""A noun predicate framing the main clause through "à l'issue de" or "au terme de" (the act is
over and the clause's subject took part in it): its actor is the clause's subject, as after "lors
de" or "au cours de"; "en marge de" still names no participant. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "visit": "À l'issue de sa visite au Kenya, le président français a salué les progrès.",
    "talks": "À l'issue d'un entretien avec son homologue russe, le ministre turc a annoncé un accord.",
    "term": "Au terme de sa visite en Chine, le président brésilien a signé plusieurs accords.",
}

TITLED = True


def _sides(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name]}


def test_an_act_the_clause_follows_is_its_subjects(events):
    assert ("CONSULT", "visit", "country:FRA", "country:KEN") in _sides(events, "visit")
    assert ("CONSULT", "meet", "country:TUR", "country:RUS") in _sides(events, "talks")
    assert ("CONSULT", "visit", "country:BRA", "country:CHN") in _sides(events, "term")
