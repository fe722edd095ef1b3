"""A known office holder's role from a description of the office away from the name
(nlp/office_descriptions): only when nobody else of the article can hold it."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.office_descriptions import add_office_descriptions
from newsgraph.nlp.persons import add_persons


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp("fr")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


SENTENCE = """
    François François PROPN
    Hollande Hollande PROPN
    et et CCONJ
    Barack Barack PROPN
    Obama Obama PROPN
    dînent dîner VERB
    . . PUNCT
    Ensuite ensuite ADV
    , , PUNCT
    le le DET
    président président NOUN
    {word}
    a avoir AUX
    parlé parler VERB
    . . PUNCT
"""


def roles_after(nlp, gaz, word: str, names=((0, 2), (3, 5))):
    doc = parsed(nlp, SENTENCE.format(word=word), ents=tuple((s, e, "PER") for s, e in names))
    index = ActorIndex(gazetteer=gaz)
    add_persons(doc, index, gaz, 2015, [doc[s:e] for s, e in names])
    for actor in index.actors.values():
        actor.country = {"François Hollande": "FRA", "Barack Obama": "USA"}[actor.name]
    add_office_descriptions(doc, index, gaz, 2015)
    return {a.name: a.role for a in index.actors.values()}


def test_the_description_of_an_office_two_persons_hold_is_nobodys(nlp, gaz):
    assert roles_after(nlp, gaz, "seul seul ADJ") == {"François Hollande": None, "Barack Obama": None}


def test_the_description_names_the_holder_of_its_country(nlp, gaz):
    assert roles_after(nlp, gaz, "américain américain ADJ") == \
        {"François Hollande": None, "Barack Obama": "président américain"}


def test_the_description_of_the_only_holder_is_their_role(nlp, gaz):
    doc = parsed(nlp, SENTENCE.format(word="français français ADJ"), ents=((0, 2, "PER"),))
    index = ActorIndex(gazetteer=gaz)
    add_persons(doc, index, gaz, 2015, [doc[0:2]])
    for actor in index.actors.values():
        actor.country = "FRA"
    add_office_descriptions(doc, index, gaz, 2015)
    assert [a.role for a in index.actors.values()] == ["président français"]
