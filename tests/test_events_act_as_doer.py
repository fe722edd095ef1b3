"""A verb whose doer is an act named by a noun of the verb's own type: whoever does the act does
the verb's ("un journaliste a été tué par une frappe russe", "tués dans un raid de l'armée X",
"lors d'un bombardement"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "passive_agent_adjective": "Un journaliste du Portugal a été tué par une frappe aérienne ukrainienne.",
    "passive_circumstance": "Trois soldats du Mali ont été tués dans un raid de l'armée française.",
    "passive_lors": "Deux gendarmes du Bénin ont été tués lors d'une attaque de l'armée nigériane.",
    "active_subject": "Une frappe aérienne éthiopienne a tué quatre soldats de l'Érythrée.",
    "other_type": "Deux diplomates du Kenya ont été tués lors de la visite du président tanzanien.",
    "accident": "Un touriste de la Suède a été tué dans un accident de la route en Norvège.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_doer_of_the_act_named_as_agent_does_the_verb(events):
    assert coded(events, "passive_agent_adjective") == {("ASSAULT", "country:UKR", "country:PRT")}
    assert coded(events, "active_subject") == {("ASSAULT", "country:ETH", "country:ERI")}


def test_the_act_in_which_the_victim_was_struck_names_the_doer(events):
    assert coded(events, "passive_circumstance") == {("ASSAULT", "country:FRA", "country:MLI")}
    assert coded(events, "passive_lors") == {("ASSAULT", "country:NGA", "country:BEN")}


def test_an_act_of_another_type_or_no_act_names_no_doer(events):
    assert not any(e.type == "ASSAULT" for e in events["other_type"])
    assert not coded(events, "accident")
