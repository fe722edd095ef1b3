"""Declaring a state guilty, responsible or an aggressor is an accusation ("a déclaré la Russie
État agresseur"): the object's attribute is the companion word; "déclarer" reporting speech
whose words are hostile is no accusation of its addressee. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "responsible": "Le Niger a déclaré le Bénin responsable de l'attaque.",
    "terrorist": "Le parlement estonien a déclaré la Russie État terroriste.",
    "speech": "Le président iranien a déclaré à son homologue irakien que les terroristes seraient punis.",
}

TITLED = True


def test_a_state_declared_guilty_is_accused(events):
    assert coded(events, "responsible") == {("ACCUSE", "country:NER", "country:BEN")}
    assert coded(events, "terrorist") == {("ACCUSE", "country:EST", "country:RUS")}


def test_a_declaration_to_an_addressee_accuses_no_one(events):
    assert coded(events, "speech") == set()
