"""Spans the NER calls persons that name none (nlp/non_persons), on hand-built parses."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.actor_lexicon import actor_lexicon
from newsgraph.nlp.context import pack_of
from newsgraph.nlp.non_persons import ORGANIZATION, THING, entity_labels, non_person


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp("fr")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def verdicts(doc, gaz):
    lex, labels = actor_lexicon(pack_of(doc)), entity_labels(doc)
    return {e.text: non_person(e, gaz, lex, labels) for e in doc.ents if e.label_ == "PER"}


def test_a_model_a_unit_and_a_deity_are_no_persons(nlp, gaz):
    doc = parsed(nlp, """
        un un DET
        McDonnell McDonnell PROPN
        Douglas Douglas PROPN
        MD-83 MD-83 PROPN
        chauffé chauffer VERB
        à à ADP
        900 900 NUM
        degrés degré NOUN
        Fahrenheit Fahrenheit PROPN
        au au ADP
        nom nom NOUN
        d' de ADP
        Allah Allah PROPN
        par par ADP
        Xavier Xavier PROPN
        Dupont Dupont PROPN
        """, ents=((1, 4, "PER"), (8, 9, "PER"), (12, 13, "PER"), (14, 16, "PER")))
    assert verdicts(doc, gaz) == {"McDonnell Douglas MD-83": THING, "Fahrenheit": THING, "Allah": THING,
                                  "Xavier Dupont": None}


def test_an_organisation_word_makes_an_organisation(nlp, gaz):
    doc = parsed(nlp, """
        la le DET
        Henry Henry PROPN
        Dupont Dupont PROPN
        Foundation Foundation PROPN
        et et CCONJ
        Henry Henry PROPN
        Dupont Dupont PROPN
        """, ents=((1, 4, "PER"), (5, 7, "PER")))
    assert verdicts(doc, gaz) == {"Henry Dupont Foundation": ORGANIZATION, "Henry Dupont": None}


def test_an_article_or_a_lower_case_end_makes_no_name(nlp, gaz):
    doc = parsed(nlp, """
        les le DET
        Peuls Peul PROPN
        , , PUNCT
        le le DET
        papillon papillon NOUN
        Zizeeria Zizeeria PROPN
        maha maha ADJ
        et et CCONJ
        Le Le PROPN
        Drian Drian PROPN
        """, ents=((1, 2, "PER"), (5, 7, "PER"), (9, 10, "PER")))
    # "Le Drian": a capitalised article before a name may be its particle
    assert verdicts(doc, gaz) == {"Peuls": THING, "Zizeeria maha": THING, "Drian": None}


def test_a_term_named_after_someone_and_the_ner_majority(nlp, gaz):
    doc = parsed(nlp, """
        le le DET
        boson boson NOUN
        , , PUNCT
        Boson boson NOUN
        de de ADP
        Higgs Higgs PROPN
        , , PUNCT
        à à ADP
        Hilla Hilla PROPN
        , , PUNCT
        à à ADP
        Hilla Hilla PROPN
        et et CCONJ
        Hilla Hilla PROPN
        """, ents=((3, 6, "PER"), (8, 9, "LOC"), (11, 12, "LOC"), (13, 14, "PER")))
    # the article writes "boson" in lower case; the NER calls "Hilla" a place more often than a person
    assert verdicts(doc, gaz) == {"Boson de Higgs": THING, "Hilla": THING}


def test_an_article_before_a_full_name_lists_persons(nlp, gaz):
    doc = parsed(nlp, """
        le le DET
        retour retour NOUN
        des de ADP
        Xavier Xavier PROPN
        Dupont Dupont PROPN
        et et CCONJ
        des de ADP
        Songhoï Songhoï PROPN
        """, ents=((3, 5, "PER"), (7, 8, "PER")))
    # "le retour des Xavier Dupont, …": a plural article before first name and surname lists
    # persons; before one word it names a people or a thing
    assert verdicts(doc, gaz) == {"Xavier Dupont": None, "Songhoï": THING}
