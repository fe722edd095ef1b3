"""The role rules (nlp/roles) on hand-built parses: each test states the parse a rule reads."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.lang import load_pack
from newsgraph.nlp.actor_lexicon import actor_lexicon
from newsgraph.nlp.roles import (_word_forms, gender_of, in_role, role_after, role_before, role_before_comma,
                                 role_len, roles_of_mention)


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp("fr")


PUTIN = """
Le le DET
président président NOUN
russe russe ADJ
Vladimir Vladimir PROPN
Poutine Poutine PROPN
a avoir AUX
reçu recevoir VERB
Kim Kim PROPN
. . PUNCT
"""


def test_role_nouns_of_one_and_several_words(nlp):
    doc = parsed(nlp, """
        Le le DET
        Premier premier ADJ
        ministre ministre NOUN
        et et CCONJ
        l' le DET
        ex-ministre ex-ministre NOUN
        et et CCONJ
        les le DET
        ministres ministres NOUN Number=Plur
        ont avoir AUX
        parlé parler VERB
        """)
    assert role_len(doc, 1) == 2                 # "Premier ministre" is one role of two words
    assert role_len(doc, 5) == 1                 # "ex-ministre": a former minister is a role
    assert role_len(doc, 8) == 1                 # "ministres" (lemma left plural): the singular is listed
    assert role_len(doc, 10) == 0                # a verb is no role
    assert in_role(doc, 2) and not in_role(doc, 3)


def test_word_forms_drop_the_former_prefix_the_plural_and_the_feminine():
    lex = actor_lexicon(load_pack("fr"))
    assert {"ex-espion", "espion"} <= _word_forms("ex-espion", lex)
    assert "haut-commissaire" in _word_forms("haute-commissaire", lex)
    assert "ministre" in _word_forms("ministres", lex)


def test_role_before_the_name_in_the_noun_phrase(nlp):
    doc = parsed(nlp, PUTIN, ents=((3, 5, "PER"), (7, 8, "PER")))
    role = role_before(doc, 3)
    assert (role.text, role.start, role.end, role.quality) == ("président russe", 1, 3, 2)


def test_an_adjective_the_tagger_calls_a_noun_still_opens_the_role(nlp):
    doc = parsed(nlp, """
        L' le DET
        ancien ancien NOUN
        président président NOUN
        Jacques Jacques PROPN
        Chirac Chirac PROPN
        """, ents=((3, 5, "PER"),))
    assert role_before(doc, 3).text == "ancien président"


def test_no_role_when_the_name_is_a_complement(nlp):
    doc = parsed(nlp, """
        le le DET
        fils fils NOUN
        de de ADP
        Kadhafi Kadhafi PROPN
        """, ents=((3, 4, "PER"),))
    assert role_before(doc, 3) is None


@pytest.mark.parametrize("noun, lemma, found", [
    ("conservateur", "conservateur", True),   # an agent noun, not listed: a weaker description
    ("quartier", "quartier", False),          # ends like an agent noun but names a place
    ("janvier", "janvier", False),            # a month, from the pack's month names
])
def test_any_agent_noun_after_an_article_is_a_weak_description(nlp, noun, lemma, found):
    doc = parsed(nlp, f"""
        le le DET
        {noun} {lemma} NOUN
        Marc Marc PROPN
        Dupont Dupont PROPN
        """, ents=((2, 4, "PER"),))
    role = role_before(doc, 2)
    assert (role is not None and role.quality == 1 and role.text == noun) == found


def test_role_in_apposition_after_the_name(nlp):
    doc = parsed(nlp, """
        Bahram Bahram PROPN
        Ghassemi Ghassemi PROPN
        , , PUNCT
        porte-parole porte-parole NOUN
        du de ADP
        ministère ministère NOUN
        , , PUNCT
        a avoir AUX
        salué saluer VERB
        """, ents=((0, 2, "PER"),))
    role = role_after(doc, 2)
    assert (role.text, role.quality) == ("porte-parole du ministère", 2)


def test_one_of_a_group_and_an_appointment_in_apposition(nlp):
    doc = parsed(nlp, """
        Ali Ali PROPN
        Saleh Saleh PROPN
        , , PUNCT
        l' le DET
        un un PRON
        des de ADP
        responsables responsable NOUN Number=Plur
        du de ADP
        parti parti NOUN
        , , PUNCT
        a avoir AUX
        parlé parler VERB
        """, ents=((0, 2, "PER"),))
    assert role_after(doc, 2).text == "l'un des responsables du parti"  # a plural head is fine here
    doc = parsed(nlp, """
        Ali Ali PROPN
        Saleh Saleh PROPN
        , , PUNCT
        nommé nommer VERB
        vice-ministre vice-ministre NOUN
        , , PUNCT
        a avoir AUX
        parlé parler VERB
        """, ents=((0, 2, "PER"),))
    assert role_after(doc, 2).text == "vice-ministre"


def test_role_in_apposition_before_the_name(nlp):
    doc = parsed(nlp, """
        Le le DET
        ministre ministre NOUN
        de de ADP
        l' le DET
        Intérieur intérieur PROPN
        , , PUNCT
        Manuel Manuel PROPN
        Valls Valls PROPN
        , , PUNCT
        a avoir AUX
        réagi réagir VERB
        """, ents=((6, 8, "PER"),))
    role = role_before_comma(doc, 6, 8)
    assert (role.text, role.quality) == ("ministre de l'Intérieur", 2)


def test_role_after_comme(nlp):
    doc = parsed(nlp, """
        désigner désigner VERB
        Xi Xi PROPN
        Jinping Jinping PROPN
        comme comme ADP
        successeur successeur NOUN
        de de ADP
        Hu Hu PROPN
        Jintao Jintao PROPN
        . . PUNCT
        """, ents=((1, 3, "PER"), (6, 8, "PER")))
    assert roles_of_mention(doc, 1, 3, {}).text == "successeur de Hu Jintao"


@pytest.mark.parametrize("table, name, role", [
    ("""Le le DET
        ministère ministère NOUN
        des de ADP
        Finances finance PROPN
        revient revenir VERB
        à à ADP
        Evangelos Evangelos PROPN
        Venizelos Venizelos PROPN
        . . PUNCT""", (6, 8), "ministre des Finances"),
    ("""Evangelos Evangelos PROPN
        Venizelos Venizelos PROPN
        reçoit recevoir VERB
        la le DET
        Défense défense PROPN
        . . PUNCT""", (0, 2), "ministre de la Défense"),
])
def test_portfolio_of_a_cabinet_announcement(nlp, table, name, role):
    doc = parsed(nlp, table, ents=((*name, "PER"),))
    found = roles_of_mention(doc, name[0], name[1], {})
    assert (found.text, found.quality) == (role, 3)


def test_gender_of_a_role_from_its_article_or_its_morphology(nlp):
    doc = parsed(nlp, """
        la le DET
        ministre ministre NOUN
        et et CCONJ
        le le DET
        porte-parole porte-parole NOUN
        et et CCONJ
        ministre ministre NOUN Gender=Masc
        et et CCONJ
        présidente président NOUN Gender=Fem
        """)
    assert gender_of(doc, 1) == "f"
    assert gender_of(doc, 4) == "m"
    assert gender_of(doc, 6) is None  # "ministre" is epicene: its morphology says nothing
    assert gender_of(doc, 8) == "f"
