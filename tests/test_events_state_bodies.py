"""A state's armed forces, its collegial government and its departments, named as bodies of the gazetteer, act
for the state in events (GUIDELINES §7.2: "an ISO3 code for a state, its government, army"); an
agency keeps its own name. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "army": "Les Forces armées maliennes ont bombardé mardi un poste algérien, selon Alger. L'Algérie proteste.",
    "government": "Le Conseil fédéral a gelé les avoirs de plusieurs oligarques proches de la Russie.",
    "agency": "La CIA a accusé la Russie d'ingérence.",
}

TITLED = True


def test_an_army_acts_for_its_state(events):
    assert any(actor == "country:MLI" for _, actor, _ in coded(events, "army"))


def test_a_collegial_government_acts_for_its_state(events):
    assert any(actor == "country:CHE" for _, actor, _ in coded(events, "government"))


def test_an_agency_keeps_its_name(events):
    assert ("ACCUSE", "org:cia", "country:RUS") in coded(events, "agency")


DEPARTMENTS = {
    "department": "Le Département fédéral des affaires étrangères a condamné jeudi les tirs de l'Iran sur un navire.",
    "quoted": "« Nous regrettons vivement cette décision de la Norvège », a déclaré Affaires mondiales Canada dans un message.",
}


def test_a_department_of_government_acts_for_its_state(analyzed):
    # a state's department of government is its state in events, as a ministry is (GUIDELINES §7.2)
    found = analyzed(DEPARTMENTS, headline=True)
    assert any(e.actor.actor == "country:CHE" for e in found["department"].events if not e.negated)
    assert any(e.actor.actor == "country:CAN" and e.recipient.actor == "country:NOR"
               for e in found["quoted"].events if not e.negated)


PORTFOLIO = {
    "portfolio": "L'Inde et la Norvège se disputent. Le ministère indien des Affaires extérieures a rejeté ces "
                 "reproches. Dans un communiqué, il affirme que la Norvège « abrite des trafiquants ».",
}


def test_a_ministry_read_as_its_portfolio_speaks_for_the_state_its_description_names(analyzed):
    # the quotes layer keeps only the portfolio ("Affaires extérieures"), an organisation with no
    # state: the speaker's description names the state ("indien") that speaks
    found = analyzed(PORTFOLIO, headline=True)
    assert any(e.actor.actor == "country:IND" and e.recipient.actor == "country:NOR"
               for e in found["portfolio"].events if not e.negated)
