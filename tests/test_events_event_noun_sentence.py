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
