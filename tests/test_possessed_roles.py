"""Possessed and relational roles (nlp/roles + nlp/role_owners): "sa femme X" is the wife of the
person the sentence named before; "son président X" the president of the organisation named
before; a relational noun with no possessor in its sentence is no role; "X, ami de Y"."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.persons import add_persons
from newsgraph.nlp.roles import role_after


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp("fr")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def roles_of(doc, gaz):
    index = ActorIndex(gazetteer=gaz)
    add_persons(doc, index, gaz, None, [e for e in doc.ents if e.label_ == "PER"])
    return {a.name: a.role for a in index.actors.values()}


def test_a_relation_after_a_possessive_names_the_person_before_it(nlp, gaz):
    doc = parsed(nlp, """
        Jean Jean PROPN
        Blanc Blanc PROPN
        et et CCONJ
        sa son DET
        femme femme NOUN
        Anne Anne PROPN
        Morel Morel PROPN
        sont être AUX
        partis partir VERB
        . . PUNCT
        """, ents=((0, 2, "PER"), (5, 7, "PER")))
    assert roles_of(doc, gaz) == {"Jean Blanc": None, "Anne Morel": "femme de Jean Blanc"}


def test_a_relation_with_no_possessor_in_its_sentence_is_no_role(nlp, gaz):
    doc = parsed(nlp, """
        Son son DET
        frère frère NOUN
        Paul Paul PROPN
        Roux Roux PROPN
        est être AUX
        parti partir VERB
        . . PUNCT
        """, ents=((2, 4, "PER"),))
    assert roles_of(doc, gaz) == {"Paul Roux": None}


def test_an_office_after_a_possessive_names_the_organisation_before_it(nlp, gaz):
    doc = parsed(nlp, """
        Le le DET
        Sénat sénat NOUN
        de de ADP
        Lorraine Lorraine PROPN
        , , PUNCT
        par par ADP
        la le DET
        voix voix NOUN
        de de ADP
        son son DET
        président président NOUN
        Paul Paul PROPN
        Roux Roux PROPN
        , , PUNCT
        a avoir AUX
        voté voter VERB
        . . PUNCT
        """, ents=((1, 4, "ORG"), (11, 13, "PER")))
    assert roles_of(doc, gaz) == {"Paul Roux": "président du Sénat de Lorraine"}


def test_a_relation_with_a_person_complement_in_apposition(nlp):
    doc = parsed(nlp, """
        Paul Paul PROPN
        Roux Roux PROPN
        , , PUNCT
        ami ami NOUN
        de de ADP
        Jean Jean PROPN
        Blanc Blanc PROPN
        , , PUNCT
        a avoir AUX
        dit dire VERB
        """, ents=((0, 2, "PER"), (5, 7, "PER")))
    assert role_after(doc, 2).text == "ami de Jean Blanc"
