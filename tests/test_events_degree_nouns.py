"""A noun of a change in degree or duration ("un durcissement des sanctions", "la prolongation de
l'embargo", "un renforcement de la coopération"): the light verb governing it acts the noun
predicate in its "de" complement, and a demand of it demands that act. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "announced": "Le Canada a annoncé un durcissement des sanctions contre la Biélorussie.",
    "voted": "Le Parlement européen a voté la prolongation des sanctions contre la Biélorussie.",
    "cooperation": "Le Chili a annoncé un renforcement de sa coopération avec le Pérou.",
    "pleaded": "La Lituanie a plaidé pour un durcissement des sanctions contre la Biélorussie.",
    "called": "La Lituanie a appelé à un renforcement des sanctions contre la Biélorussie.",
    "plain": "La Lituanie a appelé à des sanctions contre la Biélorussie.",
}

TITLED = True


def test_the_light_verb_of_a_degree_noun_acts_its_predicate(events):
    assert coded(events, "announced") == {("SANCTION", "country:CAN", "country:BLR")}
    assert ("SANCTION", "country:BLR") in {(t, r) for t, _, r in coded(events, "voted")}
    assert coded(events, "cooperation") == {("COOPERATE", "country:CHL", "country:PER")}


def test_a_demand_of_a_degree_noun_is_aimed_at_the_act_s_target(events):
    assert coded(events, "pleaded") == {("REQUEST", "country:LTU", "country:BLR")}
    assert coded(events, "called") == {("REQUEST", "country:LTU", "country:BLR")}
    assert coded(events, "plain") == {("REQUEST", "country:LTU", "country:BLR")}
