"""A verbal reaction with no recipient answers the latest act on its actor only when it is of the
same sign: blame answers no agreement just concluded with the blamer, praise no sanction; a refusal
may answer an offer. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "agreed": "Le Premier ministre québécois Paul Tremblay a conclu mardi une entente avec le président "
              "chilien Gabriel Soto. Gabriel Soto a dénoncé des mesures « brutales ».",
    "sanctioned": "Le Canada a imposé des sanctions au Chili. Le Chili a condamné cette décision.",
    "helped": "Le Canada a livré des vaccins au Chili. Le Chili a salué ce geste.",
    "offered": "Le Canada a offert une aide au Chili. Le Chili a refusé.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_blame_answers_no_agreement(events):
    assert not any(t == "ACCUSE" for t, _, _ in coded(events, "agreed"))


def test_blame_answers_a_sanction(events):
    assert ("ACCUSE", "country:CHL", "country:CAN") in coded(events, "sanctioned")


def test_praise_answers_help(events):
    assert ("SUPPORT", "country:CHL", "country:CAN") in coded(events, "helped")


def test_a_refusal_answers_an_offer(events):
    assert ("REJECT", "country:CHL", "country:CAN") in coded(events, "offered")
