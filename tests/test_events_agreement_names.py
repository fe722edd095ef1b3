"""A capital in the "de" complement of an agreement noun names the agreement by where it was
signed ("l'accord de Paris", "les accords de Minsk"), it is no party to it
(references.names_an_agreement): read neither inside the noun phrase nor as a complement found
after the predicate. An agreement with a capital standing for its state still is one. Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "withdrawn": "Les États-Unis se sont retirés mardi de l'accord de Paris.",
    "threat": "L'Iran a menacé de quitter l'accord de Vienne.",
    "party": "La Russie a signé un accord avec Paris.",
}


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_city_of_an_agreement_s_name_is_no_party(events):
    assert not any("country:FRA" in (a, r) for _, a, r in pairs(events, "withdrawn"))


def test_the_city_of_an_agreement_s_name_is_no_target(events):
    assert not any(r == "country:AUT" for _, _, r in pairs(events, "threat"))


def test_a_capital_that_signs_an_agreement_is_a_party(events):
    assert any(t == "AGREE" and {a, r} == {"country:RUS", "country:FRA"} for t, a, r in pairs(events, "party"))
