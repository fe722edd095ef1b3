"""Talks and calls (PLOVER CONSULT): talking "avec" a partner is a meeting, a call received has
its caller in its "de" complement, and a call framing the clause is its subject's. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "talked": "La ministre estonienne a dit avoir parlé mardi avec son homologue brésilien.",
    "talked_of": "Le président estonien a parlé de la Chine avec émotion.",
    "called_by": "Le président marocain a reçu un appel téléphonique du président sénégalais.",
    "appeal": "Le président marocain a reçu un appel à la retenue.",
    "opened_talks": "Le Pérou et l'Equateur ont signé un traité. Les deux pays avaient ouvert des négociations en 2019.",
    "framing_call": "Lors d'un échange téléphonique avec le président chilien, le président autrichien a évoqué le commerce.",
}

TITLED = True


def test_talking_with_a_partner_is_a_meeting(events):
    assert ("CONSULT", "country:EST", "country:BRA") in coded(events, "talked")
    assert coded(events, "talked_of") == set()


def test_a_call_received_is_the_callers(events):
    assert ("CONSULT", "country:SEN", "country:MAR") in coded(events, "called_by")
    assert not any(t == "CONSULT" for t, _, _ in coded(events, "appeal"))


def test_a_call_framing_the_clause_is_its_subjects(events):
    assert ("CONSULT", "country:AUT", "country:CHL") in coded(events, "framing_call")


def test_talks_opened_with_a_partitive_article(events):
    # the parser reads "des négociations" as an oblique with no preposition: still the light
    # verb's object
    assert any(t == "CONSULT" and {a, r} == {"country:PER", "country:ECU"} for t, a, r in coded(events, "opened_talks"))
