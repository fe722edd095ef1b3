"""A quote calling a foreign state's act an error ("« le Togo commet une grave erreur »") or
unreasonable blames it (event_stance_words.tsv: erreur, déraisonnable): an accusation, not a
stated position. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
TEXTS = {
    "error": "Le ministre ghanéen des Affaires étrangères, Kofi Mensah, a estimé que « le Togo commet une "
             "grave erreur ».",
    "unreasonable": "Le ministre ghanéen des Affaires étrangères, Kofi Mensah, a jugé « déraisonnable » "
                    "la position du Togo.",
}


def test_an_error_blames(events):
    assert ("ACCUSE", "person:kofi-mensah", "country:TGO") in coded(events, "error")


def test_unreasonable_blames(events):
    assert ("ACCUSE", "person:kofi-mensah", "country:TGO") in coded(events, "unreasonable")
