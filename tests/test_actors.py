"""Actors of hand-written articles: person roles and countries, country actors, stable ids.

Two short articles go through the full pipeline once each (module-scoped fixtures).
"""
from __future__ import annotations

import pytest

PERSONS_TEXT = (
    "Le président russe Vladimir Poutine a reçu mardi Kim Jong Un. « Nous sommes prêts », a déclaré "
    "Poutine devant la presse.\n\n"
    "Bahram Ghassemi, porte-parole du ministère iranien des Affaires étrangères, a salué la rencontre. "
    "Le ministre de l'Intérieur, Manuel Valls, a exprimé des réserves. La secrétaire d'Etat américaine "
    "Hillary Clinton n'a pas réagi.\n\n"
    "Comme le précise l'ambassadeur de France en Afghanistan, Bernard Bajolet : « Rien n'est joué. » "
    "Damas a rejeté toute critique."
)

PLACES_TEXT = (
    "La chaîne américaine CNN a diffusé mardi des images tournées à Damas.\n\n"
    "Selon Anne Delizée, chercheuse à l'Université de Mons, l'alliance Russie-Corée du Nord "
    "(conclue en 2023, NdlR) inquiète l'OTAN."
)


@pytest.fixture(scope="module")
def persons_article():
    import newsgraph
    return newsgraph.analyze(PERSONS_TEXT, published="2012-07-04")


@pytest.fixture(scope="module")
def places_article():
    import newsgraph
    return newsgraph.analyze(PLACES_TEXT, published="2023-09-12")


def _person(article, surname):
    found = [a for a in article.actors if a.kind == "person" and a.name.split()[-1] == surname]
    assert len(found) == 1, [a.name for a in article.actors if a.kind == "person"]
    return found[0]


def _countries(article):
    return {a.country for a in article.actors if a.kind == "country"}


def test_role_and_country_before_the_name(persons_article):
    putin = _person(persons_article, "Poutine")
    assert putin.role == "président russe"
    assert putin.country == "RUS"


def test_surname_and_full_name_are_one_actor_with_a_stable_id(persons_article):
    putin = _person(persons_article, "Poutine")
    assert putin.id == "person:vladimir-poutine"
    assert putin.name == "Vladimir Poutine"
    assert len(putin.mentions) == 2  # "Vladimir Poutine" and, later, "Poutine"


def test_role_in_apposition_after_the_name_gives_the_country(persons_article):
    ghassemi = _person(persons_article, "Ghassemi")
    assert ghassemi.role == "porte-parole du ministère iranien des Affaires étrangères"
    assert ghassemi.country == "IRN"


def test_role_in_apposition_before_the_name(persons_article):
    assert _person(persons_article, "Valls").role == "ministre de l'Intérieur"
    bajolet = _person(persons_article, "Bajolet")
    assert bajolet.role == "ambassadeur de France en Afghanistan"
    assert bajolet.country == "FRA"  # the first "de X", not the "en Y"


def test_demonym_of_a_person_is_their_country_not_a_country_actor(persons_article):
    clinton = _person(persons_article, "Clinton")
    assert clinton.country == "USA" and "secrétaire" in clinton.role
    assert "USA" not in _countries(persons_article)
    assert "RUS" not in _countries(persons_article)  # only "le président russe"


def test_capital_as_subject_is_a_country(persons_article):
    assert "SYR" in _countries(persons_article)  # "Damas a rejeté"


def test_capital_as_place_is_not_a_country(places_article):
    assert "SYR" not in _countries(places_article)  # "à Damas"


def test_demonym_of_an_outlet_is_not_a_country(places_article):
    assert "USA" not in _countries(places_article)  # "la chaîne américaine CNN"
    assert any(a.kind == "media" and a.name == "CNN" for a in places_article.actors)


def test_hyphenated_pair_gives_both_countries_with_stable_ids(places_article):
    ids = {a.id for a in places_article.actors}
    assert {"country:RUS", "country:PRK"} <= ids
    assert _countries(places_article) == {"RUS", "PRK"}


def test_editorial_note_is_not_an_entity_and_acronym_has_stable_id(places_article):
    assert not any("ndlr" in a.name.lower() for a in places_article.actors)
    assert "org:otan" in {a.id for a in places_article.actors}


def test_place_mentions_stay_in_the_index():
    """Countries only named as places are out of the actor list but their mentions are kept."""
    from newsgraph.nlp.pipeline import load_pipeline
    index = load_pipeline()(PLACES_TEXT)._.ng_actors
    damascus = [m for m in index.mentions if m.as_place and m.text == "Damas"]
    assert damascus and damascus[0].actor_id == "country:SYR"
    assert "country:SYR" not in {a.id for a in index.ordered()}
    assert "country:SYR" in {a.id for a in index.ordered(background=True)}
