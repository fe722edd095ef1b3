"""The person rules (nlp/persons) on hand-built parses: trimming, titles, clusters, NER repairs."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.persons import (add_persons, add_repeated_names, complement_person, glued_person, led_by_person, looks_like_person,
                                   titled_names, trim_entity)


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp("fr")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def persons_of(doc, gaz, spans, year=None):
    index = ActorIndex(gazetteer=gaz)
    add_persons(doc, index, gaz, year, spans)
    return index


def test_trim_keeps_a_capitalised_name_particle_and_drops_articles(nlp, gaz):
    doc = parsed(nlp, """
        De de ADP
        Gaulle Gaulle PROPN
        a avoir AUX
        salué saluer VERB
        l' le PROPN
        OTAN OTAN PROPN
        et et CCONJ
        la le DET
        CGT CGT PROPN
        """, ents=((0, 2, "PER"), (4, 6, "ORG"), (7, 9, "ORG")))
    person, otan, cgt = doc.ents
    assert trim_entity(person, gaz).text == "De Gaulle"      # "de" is a name particle (data/name_parts.tsv)
    assert trim_entity(otan, gaz).text == "OTAN"             # an elided article, whatever its tag
    assert trim_entity(cgt, gaz).text == "CGT"


def test_a_civility_title_finds_a_name_and_gives_a_gender(nlp, gaz):
    doc = parsed(nlp, """
        Mme madame NOUN
        Merkel Merkel PROPN
        et et CCONJ
        M. monsieur NOUN
        Assadi Assadi PROPN
        ont avoir AUX
        parlé parler VERB
        """)
    names = titled_names(doc, [])
    assert [span.text for span in names] == ["Merkel", "Assadi"]
    index = persons_of(doc, gaz, names, 2012)
    genders = {index.actors[a].name: g for a, g in index.gender.items()}
    assert genders == {"Merkel": "f", "Assadi": "m"}


def test_a_full_name_and_its_surname_are_one_actor_with_the_gazetteer_id(nlp, gaz):
    doc = parsed(nlp, """
        Vladimir Vladimir PROPN
        Poutine Poutine PROPN
        a avoir AUX
        parlé parler VERB
        . . PUNCT
        Poutine Poutine PROPN
        a avoir AUX
        ri rire VERB
        . . PUNCT
        Poutine Poutine PROPN
        est être AUX
        parti partir VERB
        """, ents=((0, 2, "PER"), (5, 6, "PER")))
    index = persons_of(doc, gaz, [doc.ents[0], doc.ents[1]], 2023)
    assert list(index.actors) == ["person:vladimir-poutine"]
    add_repeated_names(doc, index)  # the third "Poutine" the NER missed
    assert len(index.actors["person:vladimir-poutine"].mentions) == 3


def test_a_surname_after_another_first_name_is_another_person(nlp, gaz):
    doc = parsed(nlp, """
        Yasser Yasser PROPN
        Arafat Arafat PROPN
        et et CCONJ
        Souha Souha PROPN
        Arafat Arafat PROPN
        """, ents=((0, 2, "PER"),))
    index = persons_of(doc, gaz, [doc.ents[0]])
    add_repeated_names(doc, index)
    (actor,) = index.actors.values()
    assert actor.mentions == [[0, 13]]


def test_a_role_glued_to_a_name_is_cut_off_and_becomes_the_role(nlp, gaz):
    doc = parsed(nlp, """
        le le DET
        général général NOUN
        Augusto Augusto PROPN
        Pinochet Pinochet PROPN
        """, ents=((1, 4, "PER"),))
    index = persons_of(doc, gaz, [doc.ents[0]])
    (actor,) = index.actors.values()
    assert (actor.name, actor.role) == ("Augusto Pinochet", "général")


def test_the_name_after_a_leader_noun_is_a_person(nlp, gaz):
    doc = parsed(nlp, """
        le le DET
        gouvernement gouvernement NOUN
        Papadimos Papadimos PROPN
        et et CCONJ
        la le DET
        ville ville NOUN
        Nice Nice PROPN
        """, ents=((1, 3, "LOC"), (5, 7, "LOC")))
    government, city = doc.ents
    assert led_by_person(government, gaz).text == "Papadimos"
    assert led_by_person(city, gaz) is None  # "ville" leads no one


def test_an_organisation_glued_to_a_known_name_is_split(nlp, gaz):
    doc = parsed(nlp, """
        WikiLeaks WikiLeaks PROPN
        Julian Julian PROPN
        Assange Assange PROPN
        """, ents=((0, 3, "ORG"),))
    org, person = glued_person(doc.ents[0], gaz, {"julian assange"})
    assert (org.text, person.text) == ("WikiLeaks", "Julian Assange")
    assert glued_person(doc.ents[0], gaz, set()) is None  # a name the article does not give elsewhere


def test_a_role_complement_glued_to_a_name_is_split_off(nlp, gaz):
    # "la ministre des Sports Hélène Vautrin" tagged ORG whole; "la Banque Centrale Européenne"
    # after a role is no person (no given name opens it, nobody is named so)
    doc = parsed(nlp, """
        la le DET
        ministre ministre NOUN
        des de ADP
        Sports Sports PROPN
        Hélène Hélène PROPN
        Vautrin Vautrin PROPN
        et et CCONJ
        le le DET
        président président NOUN
        de de ADP
        la le DET
        Banque Banque PROPN
        Centrale Centrale PROPN
        Européenne Européenne PROPN
        """, ents=((3, 6, "ORG"), (11, 14, "ORG")))
    sports, bank = doc.ents
    complement, person = complement_person(sports, gaz, set())
    assert (complement.text, person.text) == ("Sports", "Hélène Vautrin")
    assert complement_person(bank, gaz, set()) is None


def test_a_glued_name_without_a_role_before_it_stays_whole(nlp, gaz):
    doc = parsed(nlp, """
        à à ADP
        la le DET
        Fondation Fondation PROPN
        Hélène Hélène PROPN
        Vautrin Vautrin PROPN
        """, ents=((2, 5, "ORG"),))
    assert complement_person(doc.ents[0], gaz, set()) is None


def test_a_name_tagged_as_a_place_with_a_role_apposition_is_a_person(nlp, gaz):
    doc = parsed(nlp, """
        Timor Timor PROPN
        Goksel Goksel PROPN
        , , PUNCT
        professeur professeur NOUN
        à à ADP
        Beyrouth Beyrouth PROPN
        , , PUNCT
        a avoir AUX
        dit dire VERB
        """, ents=((0, 2, "LOC"), (5, 6, "LOC")))
    place, city = doc.ents
    assert looks_like_person(doc, place, gaz)
    assert not looks_like_person(doc, city, gaz)  # one word, and a capital


def test_initials_join_the_spelt_out_name(nlp, gaz):
    doc = parsed(nlp, """
        B. B. PROPN
        Obama Obama PROPN
        a avoir AUX
        ri rire VERB
        . . PUNCT
        Barack Barack PROPN
        Obama Obama PROPN
        et et CCONJ
        J J PROPN
        - - PUNCT
        M M PROPN
        Ayrault Ayrault PROPN
        puis puis ADV
        Jean-Marc Jean-Marc PROPN
        Ayrault Ayrault PROPN
        et et CCONJ
        M. M. PROPN
        Obama Obama PROPN
        """, ents=((0, 2, "PER"), (5, 7, "PER"), (8, 12, "PER"), (13, 15, "PER"), (17, 18, "PER")))
    index = persons_of(doc, gaz, list(doc.ents), 2012)
    names = sorted((a.name, len(a.mentions)) for a in index.actors.values())
    # the spelt-out form names the actor, whichever comes first; the initials are its mentions
    assert names == [("Barack Obama", 3), ("Jean-Marc Ayrault", 2)]


def test_an_initial_that_does_not_fit_is_another_person(nlp, gaz):
    doc = parsed(nlp, """
        Michelle Michelle PROPN
        Obama Obama PROPN
        et et CCONJ
        B. B. PROPN
        Obama Obama PROPN
        """, ents=((0, 2, "PER"), (3, 5, "PER")))
    index = persons_of(doc, gaz, list(doc.ents), 2012)
    assert sorted(a.name for a in index.actors.values()) == ["B. Obama", "Michelle Obama"]


def test_a_name_cut_at_its_particle_is_one_name(nlp, gaz):
    from newsgraph.nlp.persons import join_particle_names
    doc = parsed(nlp, """
        Marc Marc PROPN
        Ladreit Ladreit PROPN
        de de ADP
        Lacharrière Lacharrière PROPN
        et et CCONJ
        Paul Paul PROPN
        """, ents=((0, 2, "PER"), (3, 4, "PER"), (5, 6, "PER")))
    assert [s.text for s in join_particle_names(doc, list(doc.ents), gaz)] == ["Marc Ladreit de Lacharrière", "Paul"]


def test_a_known_person_the_ner_calls_a_place_is_a_person(nlp, gaz):
    from newsgraph.nlp.persons import known_person
    doc = parsed(nlp, """
        Premier premier ADJ
        ministre ministre NOUN
        Haider Haider PROPN
        al-Abadi al-Abadi PROPN
        et et CCONJ
        Jean Jean PROPN
        Inconnu Inconnu PROPN
        """, ents=((0, 4, "MISC"), (5, 7, "LOC")))
    office, stranger = doc.ents
    assert known_person(office, gaz).text == "Haider al-Abadi"  # role words cut, the gazetteer knows the rest
    assert known_person(stranger, gaz) is None


def test_a_name_loses_invisible_marks_and_a_glued_full_stop(nlp, gaz):
    doc = parsed(nlp, """
        Jimmy Jimmy PROPN
        Wales\u200f. Wales PROPN
        """, ents=((0, 2, "PER"),))
    index = persons_of(doc, gaz, [doc.ents[0]])
    assert [a.name for a in index.actors.values()] == ["Jimmy Wales"]


def test_a_three_letter_surname_the_ner_missed_is_the_person_named_before(nlp, gaz):
    doc = parsed(nlp, """
        Ingrid Ingrid PROPN
        Lou Lou PROPN
        a avoir AUX
        parlé parler VERB
        . . PUNCT
        Le le DET
        maire maire NOUN
        a avoir AUX
        salué saluer VERB
        Lou Lou PROPN
        """, ents=((0, 2, "PER"),))
    index = persons_of(doc, gaz, [doc.ents[0]])
    add_repeated_names(doc, index)  # a short surname ("May", "Cox") is a surname too
    (actor,) = index.actors.values()
    assert len(actor.mentions) == 2


def test_a_surname_that_is_a_month_is_not_linked_alone(analyze):
    # "in May" is the month, not the Theresa May named before: the quote stays the spokesman's
    text = ("Brexit talks\n\nBritish Prime Minister Theresa May said the deal was good. "
            "Talks will resume in May, a spokesman said.")
    article = analyze(text, published="2018-03-05", lang="en")
    (quote,) = [q for q in article.quotes if q.text.startswith("Talks")]
    assert quote.speaker.name != "Theresa May"
