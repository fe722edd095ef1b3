"""A sentence that names one actor and takes up an earlier event by its noun ("Le Japon a condamné
le tir.") names two: the noun's actor is the earlier event's. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,actor,recipient", [
    ("La Corée du Nord a tiré un missile. Le Chili a condamné le tir.", "country:CHL", "country:PRK"),
    ("Le Laos a exécuté un opposant. La Norvège a dénoncé l'exécution.", "country:NOR", "country:LAO"),
])
def test_the_event_noun_names_its_actor(analyze, text, actor, recipient):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert ("ACCUSE", actor, recipient) in found


def test_a_new_event_noun_names_nobody(analyze):
    text = "Le Laos a signé un accord. La Norvège a dénoncé l'attentat."
    assert not [e for e in analyze(text, published="2024-05-02").events if not e.negated]


@pytest.mark.parametrize("text", [
    # the later act is by unnamed men: the demonstrative takes it up, not the army's shelling
    "L'armée birmane a bombardé un village. Des hommes armés ont ensuite attaqué un poste de police. "
    "Plusieurs ONG, dont Human Rights Watch, ont condamné ces attaques.",
    # an act noun with an unnamed agent, and a light verb with an unnamed subject
    "L'armée birmane a bombardé un village. On apprend l'exécution de dix policiers par des miliciens. "
    "Human Rights Watch a condamné ces exécutions.",
    "L'armée birmane a bombardé un village. Des miliciens ont procédé à l'exécution de dix policiers. "
    "Human Rights Watch a condamné ces exécutions.",
])
def test_the_latest_act_of_its_kind_has_no_named_actor(analyze, text):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated and e.type == "ACCUSE"}
    assert not found


def test_the_latest_act_of_its_kind_lends_its_actor(analyze):
    text = ("Des hommes armés ont attaqué un poste de police. Le lendemain, l'armée birmane a bombardé un "
            "village. Human Rights Watch a condamné ces attaques.")
    found = {(e.type, e.recipient.actor) for e in analyze(text, published="2024-05-02").events if not e.negated}
    assert ("ACCUSE", "country:MMR") in found
