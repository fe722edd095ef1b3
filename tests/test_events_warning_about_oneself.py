"""A warning whose que-clause has a personal pronoun for subject speaks of its own actor ("X a
averti qu'il ne resterait pas indifférent"): no recipient is read there, not a name in the
subject's apposition. A named subject there is still whom the warning aims at. Invented sentences."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_a_pronoun_in_the_clause_is_the_speaker_itself(analyze):
    for text in ("La Turquie, principal allié de l'Azerbaïdjan, a averti qu'elle ne resterait pas indifférente.",
                 "Le Qatar, proche allié du Hamas, a prévenu qu'il ne resterait pas les bras croisés."):
        assert not any(e[0] == "THREATEN" for e in coded(analyze, text))


def test_a_named_subject_in_the_clause_is_the_target(analyze):
    text = "La Russie a averti que l'Ukraine paierait cher."
    assert ("THREATEN", "country:RUS", "country:UKR") in coded(analyze, text)
