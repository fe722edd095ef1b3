"""An act noun that is the subject of a targeting verb ("Des frappes israéliennes ont visé le Liban",
"Une attaque russe a ciblé Kiev", "Les nouvelles sanctions américaines visent la Russie") is aimed at
that verb's object. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "strikes": "Des frappes israéliennes ont visé le Liban dimanche.",
    "attack": "Une attaque russe a ciblé Kiev dans la nuit.",
    "sanctions": "Les nouvelles sanctions américaines visent la Russie.",
    "aim": "L'opération turque vise avant tout à stopper la progression des Kurdes.",
    "hit": "Des frappes russes ont touché l'Ukraine.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_an_act_noun_subject_of_a_targeting_verb_is_aimed_at_its_object(events):
    assert coded(events, "strikes") == {("ASSAULT", "country:ISR", "country:LBN")}
    assert coded(events, "attack") == {("ASSAULT", "country:RUS", "country:UKR")}
    assert coded(events, "sanctions") == {("SANCTION", "country:USA", "country:RUS")}


def test_an_aim_with_no_object_targets_nobody(events):
    assert coded(events, "aim") == set()


def test_an_act_noun_that_hits_an_actor_is_aimed_at_it(events):
    """"toucher" (hit) is a targeting verb too (event_grammar.tsv target_verb)."""
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "hit")
