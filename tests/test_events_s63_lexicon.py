"""Lexicon entries of stop 63, each from a lemma the pipeline missed in at least three tuning
articles of two press sets: a protecting power representing a state's interests (COOPERATE,
protection), every option or the military option reserved or kept on the table after another
state's act (a veiled threat), a scapegoat sought (blame). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True
ACT = "Le Togo a expulsé mardi trois diplomates ghanéens."
SAID = "a déclaré le ministre ghanéen de l'Intérieur, Kofi Mensah."
TEXTS = {
    "interests": "La Norvège représente les intérêts canadiens à Damas depuis 2012.",
    "interests_of": "Le Portugal représentera désormais les intérêts diplomatiques du Brésil au Venezuela.",
    "represented": "Le Portugal était représenté au sommet par son ministre des Affaires étrangères.",
    "reserved_options": f"{ACT} Le Ghana se réserve « toutes les options », {SAID}",
    "military_option": f"{ACT} « L'option militaire reste sur la table », {SAID}",
    "studied_options": "« Nous examinons toutes les options pour relancer l'économie », a déclaré le ministre "
                       "ghanéen des Finances, Kofi Mensah.",
    "scapegoat": "Le Burundi a fermé mardi sa frontière avec le Rwanda. Gitega « cherche un bouc émissaire », "
                 "a déclaré la porte-parole du gouvernement rwandais, Alice Uwase.",
}
THREAT = ("THREATEN", "person:kofi-mensah", "country:TGO")


def test_a_protecting_power_cooperates_with_the_state_whose_interests_it_represents(events):
    assert ("COOPERATE", "country:NOR", "country:CAN") in coded(events, "interests")
    assert ("COOPERATE", "country:PRT", "country:BRA") in coded(events, "interests_of")


def test_a_state_represented_by_its_minister_is_no_protection(events):
    assert not {e for e in coded(events, "represented") if e[0] == "COOPERATE"}
