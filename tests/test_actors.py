"""Actors of hand-written articles: person roles and countries, country actors, stable ids.

Two short articles go through the full pipeline once each (module-scoped fixtures).
"""
from __future__ import annotations

import importlib
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


# ---------------------------------------------------------------- rules on hand-built parses (no model)

@pytest.fixture(scope="module")
def blank_fr(blank_nlp):
    return blank_nlp("fr")


RECEPTION = """
Le le DET 1 det
président président NOUN 6 nsubj
russe russe ADJ 1 amod
Vladimir Vladimir PROPN 1 appos
Poutine Poutine PROPN 3 flat:name
a avoir AUX 6 aux:tense
reçu recevoir VERB 6 ROOT
Kim Kim PROPN 6 obj
Jong Jong PROPN 7 flat:name
Un Un PROPN 7 flat:name
à à ADP 11 case
Moscou Moscou PROPN 6 obl:mod
. . PUNCT 6 punct
"""


def test_index_of_a_hand_built_parse(blank_fr):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    doc = parsed(blank_fr, RECEPTION, ents=((3, 5, "PER"), (7, 10, "PER"), (11, 12, "LOC")), published="2023-09-13")
    index = build_actor_index(doc)
    putin, kim = index.actors["person:vladimir-poutine"], index.actors["person:kim-jong-un"]
    assert (putin.role, putin.country) == ("président russe", "RUS")
    assert kim.country == "PRK"                       # from the gazetteer, for the article's year
    moscow = [m for m in index.mentions if m.text == "Moscou"]
    assert moscow and moscow[0].as_place              # "à Moscou": a place
    assert [a.id for a in index.ordered()] == ["person:vladimir-poutine", "person:kim-jong-un"]


def test_the_index_reads_the_gazetteer_the_doc_carries(blank_fr, tmp_path):
    from actor_docs import parsed
    from newsgraph.errors import ModelError
    from newsgraph.gazetteer import load_gazetteer
    from newsgraph.nlp.actors import build_actor_index
    from newsgraph.nlp.context import GAZETTEER_KEY
    path = tmp_path / "actors.csv"
    path.write_text("id,name,kind,country,aliases,role,start,end\n"
                    "person:kim-jong-un,Kim Jong Un,person,PRK,,dirigeant suprême,2011,\n", encoding="utf-8")
    doc = parsed(blank_fr, RECEPTION, ents=((3, 5, "PER"), (7, 10, "PER"), (11, 12, "LOC")),
                 published="2023-09-13", gazetteer=load_gazetteer([path]))
    assert build_actor_index(doc).gazetteer is load_gazetteer([path])
    del doc.user_data[GAZETTEER_KEY]
    with pytest.raises(ModelError, match="no gazetteer"):
        build_actor_index(doc)  # no silent default gazetteer


def test_the_actors_component_puts_the_gazetteer_of_its_files_on_the_doc(tmp_path):
    import spacy
    from newsgraph.gazetteer import load_gazetteer
    importlib.import_module("newsgraph.nlp.actors")  # registers newsgraph_actors
    from newsgraph.nlp.context import gazetteer_of
    from newsgraph.nlp.extensions import register_extensions
    register_extensions()
    path = tmp_path / "actors.csv"
    path.write_text("name,kind,aliases\nCollectif Xyz,organization,CXZ\n", encoding="utf-8")
    nlp = spacy.blank("fr")
    nlp.add_pipe("newsgraph_context")
    nlp.add_pipe("newsgraph_actors", config={"actor_files": [str(path)]})
    doc = nlp("Le Collectif Xyz a écrit au Monde depuis Moscou.")
    assert gazetteer_of(doc) is load_gazetteer([str(path)])
    ids = {a.id for a in doc._.ng_actors.ordered(background=True)}
    assert {"org:collectif-xyz", "media:le-monde", "country:RUS"} <= ids  # "au Monde": the contracted article


@pytest.mark.parametrize("table, as_place", [
    ("""entre entre ADP
        Washington Washington PROPN
        et et CCONJ
        Téhéran Téhéran PROPN""", False),         # two governments
    ("""la le DET
        banlieue banlieue NOUN
        de de ADP
        Téhéran Téhéran PROPN""", True),          # a place noun
    ("""vers vers ADP
        Téhéran Téhéran PROPN""", True),          # a place preposition
])
def test_a_capital_names_a_government_unless_it_names_a_place(blank_fr, table, as_place):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    doc = parsed(blank_fr, table + "\ndiscutent discuter VERB\n")
    tehran = [m for m in build_actor_index(doc).mentions if m.text == "Téhéran"]
    assert tehran[0].as_place is as_place


def test_a_capital_after_a_body_is_its_seat(blank_fr):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    doc = parsed(blank_fr, """
        la le DET
        Banque Banque PROPN
        mondiale mondial ADJ
        de de ADP
        Téhéran Téhéran PROPN
        paie payer VERB
        """, ents=((1, 3, "ORG"),))
    tehran = [m for m in build_actor_index(doc).mentions if m.text == "Téhéran"]
    assert tehran[0].as_place


def test_editorial_notes_name_no_one_and_a_stance_names_the_target_state(blank_fr):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    doc = parsed(blank_fr, """
        une un DET 1 det
        manifestation manifestation NOUN 1 ROOT
        anti-américaine anti-américain ADJ 1 amod
        ( ( PUNCT 4 punct
        NdlR NdlR PROPN 1 appos
        ) ) PUNCT 4 punct
        """, ents=((4, 5, "ORG"),))
    index = build_actor_index(doc)
    assert [(a.id, a.kind) for a in index.ordered()] == [("country:USA", "country")]


def test_the_record_actors_are_built_from_the_index():
    from newsgraph.extract import actor_records
    from newsgraph.model import Actor, Quote, Speaker
    from newsgraph.nlp.actor_index import ActorIndex, FoundActor
    index = ActorIndex()
    index.add(FoundActor("person:x", "X", "person", role="ministre"), 10, 11, "X")
    index.add(FoundActor("country:SYR", "Syrie", "country", "SYR"), 0, 5, "Damas", as_place=True)
    for actor_id in ("org:y", "org:z"):  # actors with no mention of their own
        index.actors[actor_id] = FoundActor(actor_id, actor_id[4:].upper(), "organization")
    index.finish()
    quote = Quote(20, 30, "« … »", "direct", Speaker("org:y", "Y"))
    records = actor_records(index, [quote], [])
    # a quote's speaker is kept, an actor no one points to and a country named as a place are not
    assert records == [Actor("org:y", "Y", "organization"),
                       Actor("person:x", "X", "person", role="ministre", mentions=[[10, 11]])]
    assert records[1].mentions is not index.actors["person:x"].mentions
    assert actor_records(None, [], []) == []




def test_a_demonym_the_parser_coordinates_with_the_noun_still_modifies_it(blank_fr):
    from actor_docs import parsed
    from newsgraph.nlp.actors import build_actor_index
    doc = parsed(blank_fr, """
        des un DET 1 det
        soldats soldat NOUN 6 nsubj Number=Plur
        burundais burundais ADJ 1 amod
        et et CCONJ 4 cc
        ougandais ougandais NOUN 1 conj
        sont être AUX 6 aux
        déployés déployer VERB 6 ROOT
        """)
    assert [a.id for a in build_actor_index(doc).ordered()] == ["country:BDI", "country:UGA"]


def test_an_entity_tagged_with_its_article_does_not_hide_a_longer_listed_name(analyze):
    # the NER may tag "l'État" alone (article included): one word, which must not cover the
    # gazetteer's "État islamique" around it
    article = analyze("Un titre sans rapport\n\nL'aviation russe a bombardé les positions de l'État islamique "
                      "près de la frontière.", published="2023-05-04")
    assert [(e.type, e.actor.actor, e.recipient.actor) for e in article.events] == \
        [("ASSAULT", "country:RUS", "org:etat-islamique")]
