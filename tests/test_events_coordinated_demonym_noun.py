"""A demonym coordinated with the adjective of a noun predicate names its state even when the
tagger reads it as a bare noun ("les frappes syriennes et russes"). Invented sentence, full
pipeline (fr_core_news_md)."""
from __future__ import annotations


def test_a_coordinated_demonym_read_as_a_noun_names_its_state(analyze):
    found = analyze("Les frappes syriennes et russes ont visé l'État islamique.", published="2024-05-02").events
    assert ("ASSAULT", "country:RUS", "org:etat-islamique") in {(e.type, e.actor.actor, e.recipient.actor) for e in found}
