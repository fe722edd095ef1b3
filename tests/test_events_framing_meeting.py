"""A meeting noun framing a clause with no partner of its own ("X a remercié Y lors d'un entretien
téléphonique") is a meeting of the clause's subject with the person its verb is aimed at; a state
criticised during a summit is no partner of it. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "thanked": "Le président kenyan William Ruto a remercié Emmanuel Macron lors d'un entretien téléphonique mardi.",
    "summit": "Le ministre allemand a critiqué la Russie lors d'un sommet.",
}

TITLED = True


def test_the_person_spoken_to_is_the_partner_of_the_talk(events):
    assert ("CONSULT", "person:william-ruto", "person:emmanuel-macron") in coded(events, "thanked")


def test_a_state_criticised_during_a_summit_is_no_partner(events):
    assert not any(e.type == "CONSULT" for e in events["summit"])
