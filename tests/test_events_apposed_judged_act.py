"""A hostile verb judging, through a relative clause on "ce" or on a noun in apposition, the act
its sentence told just before ("X a suspendu les importations, une mesure que Y a jugée
« disproportionnée »", "X a livré des chars à Z, ce que Y a qualifié de « provocation »") is
aimed at that act's author: the actor of the event read on the clause, else the subject of the
clause's verb. Not an act of the judging actor's own state. Invented sentences, full pipeline
(stop 72, evqualif)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "measure": "Le Japon a suspendu mardi ses importations de bœuf australien, une mesure que Canberra a "
               "jugée « disproportionnée ».",
    "ce_que": "La Suède a livré des chars à la Finlande l'an dernier, ce que Moscou avait alors qualifié de "
              "« provocation ».",
    "no_event": "Pékin avait alors riposté en excluant les chercheurs japonais du programme, "
                "une mesure que Tokyo a toujours jugée disproportionnée.",
    "own": "Le Japon a suspendu mardi ses importations, une décision que Tokyo a jugée « injustifiée ».",
}


def test_an_apposed_measure_judged_blames_its_author(events):
    assert ("ACCUSE", "country:AUS", "country:JPN") in coded(events, "measure")


def test_a_clause_taken_up_by_ce_que_blames_its_author(events):
    assert ("ACCUSE", "country:RUS", "country:SWE") in coded(events, "ce_que")


def test_a_clause_with_no_event_read_blames_its_subject(events):
    assert ("ACCUSE", "country:JPN", "country:CHN") in coded(events, "no_event")


def test_ones_own_states_act_is_no_event(events):
    assert not any(t == "ACCUSE" and a == "country:JPN" for t, a, _ in coded(events, "own"))
