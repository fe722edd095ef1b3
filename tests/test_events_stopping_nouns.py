"""A stop noun that governs a cooperative noun ends it with no light verb of its own ("la fin de
l'aide suédoise au Niger"), and the nominalisations of the stop verbs do the same ("le retrait de
son soutien", "l'interruption de l'aide"): a SANCTION (suspend) of the stopped noun's actor, never
the cooperation itself. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "end": "La fin de l'aide suédoise au Niger inquiète les ONG.",
    "withdrawal": "Oslo a annoncé le retrait de son soutien au Soudan.",
    "interruption": "L'interruption de l'aide danoise au Mali a surpris Bamako.",
    "troops": "La Norvège a annoncé le retrait de ses troupes du Mali.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_end_of_aid_is_a_suspension(events):
    found = coded(events, "end")
    assert ("SANCTION", "country:SWE", "country:NER") in found
    assert ("AID", "country:SWE", "country:NER") not in found


def test_a_withdrawal_of_support_is_a_suspension(events):
    found = coded(events, "withdrawal")
    assert ("SANCTION", "country:NOR", "country:SDN") in found
    assert ("SUPPORT", "country:NOR", "country:SDN") not in found


def test_an_interruption_of_aid_is_a_suspension(events):
    assert ("SANCTION", "country:DNK", "country:MLI") in coded(events, "interruption")


def test_a_withdrawal_of_troops_stays_a_retreat(events):
    assert ("RETREAT", "country:NOR", "country:MLI") in coded(events, "troops")
