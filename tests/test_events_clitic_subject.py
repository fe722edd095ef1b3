"""A dative or object clitic the parser also made a subject ("Le Ghana lui a annoncé …", "lui" read
as a form of "luire") is never the subject beside one written: the written subject acts the light
verb's noun, and a conjunct verb keeps its first verb's subject ("X a convoqué l'ambassadeur et
lui a annoncé …"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "dative": "Le Nigeria lui a annoncé l'expulsion d'un diplomate camerounais.",
    "plural": "La Belgique leur a notifié la suspension de son aide au Burundi.",
    "conjunct": "Le Kenya a convoqué l'ambassadeur du Soudan et lui a annoncé l'expulsion de deux diplomates soudanais.",
}

TITLED = True


def test_a_dative_clitic_is_not_the_subject_of_the_light_verb(events):
    assert ("SANCTION", "country:NGA", "country:CMR") in coded(events, "dative")
    assert ("SANCTION", "country:BEL", "country:BDI") in coded(events, "plural")


def test_a_dative_clitic_on_a_conjunct_verb_leaves_it_the_first_verb_s_subject(events):
    assert ("SANCTION", "country:KEN", "country:SDN") in coded(events, "conjunct")
