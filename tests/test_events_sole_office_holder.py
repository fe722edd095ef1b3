"""A definite description that names no state ("le ministre", "le président") is the one person
named before it whose role it echoes, when the article ties that person to a state; with two
holders of that office in view, or an indefinite description, it takes up no one (salience would
be a guess between the officials of two states). Invented sentences, full pipeline."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_bare_minister_is_the_one_minister_named(analyze):
    text = ("Le ministre des Affaires étrangères norvégien, Lars Dahl, a présenté jeudi le budget de son "
            "ministère.\n\nSelon son cabinet, le ministre s'est entretenu par téléphone mercredi avec son "
            "homologue chilien, Pedro Soto.")
    pairs = {(a, r) for _, a, r in coded(analyze, text)}
    assert ("person:lars-dahl", "person:pedro-soto") in pairs


def test_the_bare_president_is_the_head_of_state_named(analyze):
    text = ("Le président péruvien, Carlos Mendoza, a inauguré lundi un pont sur l'Amazone.\n\n"
            "Le président a ensuite reçu mardi le Premier ministre portugais, Rui Almeida.")
    pairs = {(a, r) for _, a, r in coded(analyze, text)}
    assert ("person:carlos-mendoza", "person:rui-almeida") in pairs


def test_two_ministers_named_leave_the_bare_minister_unread(analyze):
    text = ("Le ministre des Affaires étrangères norvégien, Lars Dahl, a reçu jeudi le ministre de la "
            "Défense suédois, Erik Berg.\n\nLe ministre a ensuite rencontré vendredi son homologue chilien, "
            "Pedro Soto.")
    assert not any(r == "person:pedro-soto" for _, _, r in coded(analyze, text))
    # the twin: one minister named, the other person a mayor
    text = text.replace("le ministre de la Défense suédois", "le maire d'Oslo")
    assert ("CONSULT", "person:lars-dahl", "person:pedro-soto") in coded(analyze, text)


def test_an_indefinite_minister_is_someone_new(analyze):
    text = ("Le ministre des Affaires étrangères norvégien, Lars Dahl, a présenté jeudi le budget de son "
            "ministère.\n\nUn ministre a ensuite rencontré vendredi son homologue chilien, Pedro Soto.")
    assert not any(r == "person:pedro-soto" for _, _, r in coded(analyze, text))
    # the twin: the definite description takes up the minister named
    text = text.replace("Un ministre", "Le ministre")
    assert ("CONSULT", "person:lars-dahl", "person:pedro-soto") in coded(analyze, text)
