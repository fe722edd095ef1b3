"""A state's government named after the person at its head ("l'administration X", "le gouvernement
de X"): the government acts, so the person's state is the side (GUIDELINES §7.2). Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "classified": "L'administration Obama a imposé des sanctions au Venezuela.",
    "genitive": "Le gouvernement de Justin Trudeau a critiqué la Chine.",
    "person_alone": "Barack Obama a imposé des sanctions au Venezuela.",
    "state_genitive": "Le Japon a critiqué le gouvernement de la Corée du Sud.",
}

TITLED = True


def test_the_government_of_a_person_is_the_state(events):
    assert coded(events, "classified") == {("SANCTION", "country:USA", "country:VEN")}
    assert coded(events, "genitive") == {("ACCUSE", "country:CAN", "country:CHN")}


def test_a_person_who_acts_stays_the_person(events):
    assert coded(events, "person_alone") == {("SANCTION", "person:barack-obama", "country:VEN")}
    assert coded(events, "state_genitive") == {("ACCUSE", "country:JPN", "country:KOR")}
