"""An infinitive the parser hangs on the verb whose object is a decision noun with an author
("a salué la décision de l'Allemagne de livrer …", "la décision allemande de suspendre …")
belongs to the decision: its author acts, not whoever hails or blames it. Invented sentences."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_author_of_the_decision_acts_the_infinitive(analyze):
    found = coded(analyze, "Le Danemark a salué la décision de la Norvège de livrer des chars à l'Ukraine.")
    assert ("AID", "country:NOR", "country:UKR") in found
    assert ("AID", "country:DNK", "country:UKR") not in found
