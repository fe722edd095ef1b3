"""Lists of states the parser breaks inside a subject: every state of the list acts. "les
dirigeants de la France, de l'Allemagne et de l'Italie", its second "de l'" read as a determiner
(the list starts at its first member, not at the name with no preposition), and "les présidents
russe, turc et iranien", the middle adjectives hung on the noun as modifiers and the last as a conjunct.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "genitives": "Les dirigeants de la France, de l'Allemagne et de l'Italie ont signé un accord.",
    "demonyms": "Les présidents russe, turc et iranien ont signé un accord.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_list_of_genitives_starts_at_its_first_member(events):
    assert {("AGREE", "country:FRA", "country:DEU"), ("AGREE", "country:FRA", "country:ITA")} <= \
        coded(events, "genitives")


def test_every_demonym_of_a_list_of_adjectives_acts(events):
    assert {("AGREE", "country:RUS", "country:TUR"), ("AGREE", "country:RUS", "country:IRN")} <= \
        coded(events, "demonyms")
