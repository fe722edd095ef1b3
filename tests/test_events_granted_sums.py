"""Sums granted are aid: "une enveloppe", "le versement" of an amount to X or "pour X", "débloquer
N millions pour X", "au profit de X" read as "à X" (event_predicates.tsv,
event_compound_prepositions.tsv). Invented French sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "envelope": "La Banque mondiale a débloqué une enveloppe de 40 millions de dollars pour le Tchad.",
    "payment": "Le Japon a annoncé le versement de 8 millions de dollars au Programme alimentaire mondial.",
    "released_sum": "La Norvège a débloqué 12 millions de couronnes pour le Soudan du Sud.",
    "for_the_benefit": "L'enveloppe de 30 millions d'euros accordée par l'Allemagne au profit de la Jordanie a été saluée.",
    "unlocked_talks": "Le Japon a débloqué les discussions avec la Corée du Sud.",
}
TITLED = True


def test_an_envelope_released_is_aid(events):
    assert ("AID", "org:banque-mondiale", "country:TCD") in coded(events, "envelope")


def test_a_payment_to_a_body_is_aid(events):
    assert ("AID", "country:JPN", "org:pam") in coded(events, "payment")


def test_a_sum_released_for_a_state_is_aid(events):
    assert ("AID", "country:NOR", "country:SSD") in coded(events, "released_sum")


def test_for_the_benefit_of_names_the_recipient(events):
    assert ("AID", "country:DEU", "country:JOR") in coded(events, "for_the_benefit")


def test_releasing_anything_but_money_is_no_aid(events):
    assert not any(t == "AID" for t, _, _ in coded(events, "unlocked_talks"))
