""""des armes russes": a demonym on goods (lang/fr/event_goods_nouns.txt) names the state that
supplies them, never a group of people "armes russes" (nominals.group_side); people with a
demonym stay a group or their state as before. Invented sentences, full pipeline."""
from __future__ import annotations


def sides(analyze, text):
    return {(e.type, e.actor.actor, e.actor.name, e.recipient.actor)
            for e in analyze(text, published="2024-05-02").events if not e.negated}


def test_goods_with_a_demonym_are_their_supplier_state(analyze):
    found = sides(analyze, "Les livraisons de missiles chinois au Soudan ont repris en mars.")
    assert ("AID", "country:CHN", "Chine", "country:SDN") in found
    assert not any(actor is None for _, actor, _, _ in found)


def test_flights_with_a_demonym_are_their_state(analyze):
    # "les vols péruviens" are Peru's side of the closure, not a group of people called "vols"
    found = {(e.type, e.actor.actor, e.recipient.actor, e.recipient.name)
             for e in analyze("Le Chili a fermé son espace aérien aux vols péruviens mardi.",
                              published="2024-05-02").events if not e.negated}
    assert any(r == "country:PER" for _, _, r, _ in found), found
    assert not any(r is None for _, _, r, _ in found), found
