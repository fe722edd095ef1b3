""""X …, alliés à l'Iran": the participle of "allier" the parser makes the verb of its own clause,
with the allied party as its subject, reads that subject as the party (event_predicates.tsv,
allier: actor appos|subj). Invented sentences, full pipeline."""
from __future__ import annotations


def test_the_subject_of_an_allied_participle_cooperates(analyze):
    text = ("Le Canada craint que le Hezbollah libanais et d'autres milices chiites, alliés à l'Iran et à la Syrie, "
            "ne s'installent au Golan.")
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events}
    assert ("COOPERATE", "org:hezbollah", "country:IRN") in found
    assert ("COOPERATE", "org:hezbollah", "country:SYR") in found
