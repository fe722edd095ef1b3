"""A recipient coordinated with the noun that names an act's doer ("le retrait des troupes
françaises et de la Minusma") is a second doer, not the side acted on; a "de" complement of its
own ("le retrait des troupes russes d'Ukraine") still is. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "both": "Le Mali a obtenu le retrait des troupes françaises et de la Minusma.",
    "from": "Le Kremlin a annoncé le retrait des troupes russes de Géorgie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_coordinated_doer_is_no_recipient(events):
    assert not any(kind == "RETREAT" for kind, _, _ in coded(events, "both"))


def test_a_complement_of_its_own_is_the_recipient(events):
    assert ("RETREAT", "country:RUS", "country:GEO") in coded(events, "from")
