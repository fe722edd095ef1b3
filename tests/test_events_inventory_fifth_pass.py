"""Predicates of a fifth pass over PLOVER's category definitions against a French verb and noun
inventory: the arrival of a visitor as a noun, joint deliberation, praise, returns, pointing the
finger and calling to order, retaliatory measures, deployment, captures, clashes,
counter-offensives, wounding and retaliation by force. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "venue": "La venue du président ghanéen au Togo est prévue.",
    "concertation": "La concertation entre le Ghana et le Togo se poursuit.",
    "vante": "Le Ghana a vanté la coopération avec le Togo.",
    "restitution": "La restitution des objets par la France au Bénin a eu lieu hier.",
    "doigt": "Le Ghana a pointé du doigt le Togo.",
    "ordre": "Le Ghana a rappelé à l'ordre le Togo.",
    "retorsion": "Le Togo a brandi des mesures de rétorsion contre le Ghana.",
    "deploiement": "Le déploiement de soldats ghanéens contre le Togo inquiète.",
    "capture": "La capture de deux soldats togolais par le Ghana a été confirmée.",
    "accrochages": "Les accrochages entre l'armée ghanéenne et l'armée togolaise ont fait trois morts.",
    "contre_offensive": "Le Ghana a lancé une contre-offensive contre le Togo.",
    "blesse": "Des soldats ghanéens ont blessé trois soldats togolais.",
    "riposte": "Le Ghana a riposté contre le Togo.",
    # retaliating with no one named against is no attack
    "riposte_alone": "Le Ghana a riposté en imposant des taxes sur le riz.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name,event", [
    ("venue", ("CONSULT", "country:GHA", "country:TGO")),
    ("concertation", ("CONSULT", "country:GHA", "country:TGO")),
    ("vante", ("SUPPORT", "country:GHA", "country:TGO")),
    ("restitution", ("RETREAT", "country:FRA", "country:BEN")),
    ("doigt", ("ACCUSE", "country:GHA", "country:TGO")),
    ("ordre", ("ACCUSE", "country:GHA", "country:TGO")),
    ("retorsion", ("SANCTION", "country:TGO", "country:GHA")),
    ("deploiement", ("MOBILIZE", "country:GHA", "country:TGO")),
    ("capture", ("COERCE", "country:GHA", "country:TGO")),
    ("accrochages", ("ASSAULT", "country:GHA", "country:TGO")),
    ("contre_offensive", ("ASSAULT", "country:GHA", "country:TGO")),
    ("blesse", ("ASSAULT", "country:GHA", "country:TGO")),
    ("riposte", ("ASSAULT", "country:GHA", "country:TGO")),
])
def test_fifth_pass_predicates(events, name, event):
    assert event in coded(events, name)


def test_retaliation_against_nobody_is_no_attack(events):
    assert not any(e[0] == "ASSAULT" for e in coded(events, "riposte_alone"))
