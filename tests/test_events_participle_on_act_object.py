"""A present participle set off by a comma that the parser hangs on its main verb's object when
that object is an act ("X a rejeté des accusations « absurdes », reprochant à Y de …"): an act
does not reproach, so the participle takes the main clause's subject. Invented sentences, full
pipeline."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_participle_on_an_act_object_takes_the_main_subject(analyze):
    text = ("Le ministère serbe des Affaires étrangères a rejeté des accusations « absurdes », "
            "reprochant à la Croatie de bloquer les discussions.")
    assert ("ACCUSE", "country:SRB", "country:HRV") in coded(analyze, text)
