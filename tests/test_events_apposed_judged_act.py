"""A hostile verb judging, through a relative clause on "ce" or on a noun in apposition, the act
its sentence told just before ("X a suspendu les importations, une mesure que Y a jugée
« disproportionnée »", "X a livré des chars à Z, ce que Y a qualifié de « provocation »") is
aimed at that act's author: the actor of the event read on the clause, else the subject of the
clause's verb. Not an act of the judging actor's own state. Invented sentences, full pipeline
(stop 72, evqualif)."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_an_apposed_measure_judged_blames_its_author(analyze):
    text = "Le Japon a suspendu mardi ses importations de bœuf australien, une mesure que Canberra a jugée « disproportionnée »."
    assert ("ACCUSE", "country:AUS", "country:JPN") in coded(analyze, text)


def test_a_clause_taken_up_by_ce_que_blames_its_author(analyze):
    text = "La Suède a livré des chars à la Finlande l'an dernier, ce que Moscou avait alors qualifié de « provocation »."
    assert ("ACCUSE", "country:RUS", "country:SWE") in coded(analyze, text)


def test_a_clause_with_no_event_read_blames_its_subject(analyze):
    text = ("Pékin avait alors riposté en excluant les chercheurs japonais du programme, "
            "une mesure que Tokyo a toujours jugée disproportionnée.")
    assert ("ACCUSE", "country:JPN", "country:CHN") in coded(analyze, text)


def test_ones_own_states_act_is_no_event(analyze):
    text = "Le Japon a suspendu mardi ses importations, une décision que Tokyo a jugée « injustifiée »."
    assert not any(e[0] == "ACCUSE" and e[1] == "country:JPN" for e in coded(analyze, text))
