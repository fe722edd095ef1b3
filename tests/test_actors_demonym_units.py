"""Demonyms that stand for a state or describe a person: the units a state sends abroad ("des
contingents ougandais", "des casques bleus tanzaniens"), and a nationality after a singular
determiner ("le Slovène X"). A hand-built parse (tests/actor_docs.py) and invented sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def blank_fr(blank_nlp):
    return blank_nlp("fr")


def _countries(blank_fr, table):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    return [a.id for a in build_actor_index(parsed(blank_fr, table)).ordered()]


def test_a_contingent_named_by_its_demonym_is_its_state(blank_fr):
    assert _countries(blank_fr, """
        des un DET 1 det
        contingents contingent NOUN 3 nsubj Number=Plur
        ougandais ougandais ADJ 1 amod
        arrivent arriver VERB 3 ROOT
        """) == ["country:UGA"]


NATIONALITY = {
    "person": "Le président de la commission, le Slovène Marko Zupan, a regretté un blocage. La Libérienne "
              "Ruth Dolo a été nommée envoyée spéciale.",
    "state": "Les Russes ont bombardé la ville mardi, a indiqué Marko Zupan.",
}


def test_a_nationality_after_a_singular_determiner_describes_a_person(analyzed):
    found = analyzed(NATIONALITY, headline=True)
    countries = {a.id for a in found["person"].actors if a.kind == "country"}
    assert not countries & {"country:SVN", "country:LBR"}


def test_a_plural_nationality_still_stands_for_the_state(analyzed):
    found = analyzed(NATIONALITY, headline=True)
    assert any(a.id == "country:RUS" for a in found["state"].actors)


def test_officials_in_the_plural_stand_for_their_state(blank_fr):
    assert _countries(blank_fr, """
        des un DET 1 det
        officiels officiel NOUN 3 nsubj Number=Plur
        maliens malien ADJ 1 amod
        protestent protester VERB 3 ROOT
        """) == ["country:MLI"]
