"""A verb with a bare singular noun right after it makes a verbal locution ("prendre part à",
"faire face à"): the verb's own rows ("prendre" a town) do not read it, and the noun it governs is
read on its own ("prendre part au sommet" is a meeting). A day read as the object is no such noun.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "meeting": "Le Japon a pris part à la réunion avec la Corée du Sud.",
    "fighting": "Des soldats tchadiens ont pris part aux combats aux côtés de l'armée nigériane.",
    "seized": "L'armée russe a pris la ville ukrainienne de Koupiansk.",
    "fire": "L'armée israélienne a ouvert feu sur des soldats libanais.",
    "day": "Le président français a reçu lundi l'ambassadeur du Japon.",
}

TITLED = True


def test_taking_part_in_a_meeting_is_the_meeting(events):
    assert ("CONSULT", "country:JPN", "country:KOR") in coded(events, "meeting")


def test_taking_part_is_no_seizure(events):
    assert not any(t == "ASSAULT" and a == "country:TCD" and r == "country:NGA"
                   for t, a, r in coded(events, "fighting"))


def test_rows_naming_their_noun_and_days_read_as_before(events):
    assert ("ASSAULT", "country:ISR", "country:LBN") in coded(events, "fire")
    assert ("CONSULT", "country:FRA", "country:JPN") in coded(events, "day")
