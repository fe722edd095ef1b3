"""Argument resolution of events (nlp/events/arguments.py) on hand-built parses: subjects through
infinitives and object control, the passive, coordination, pronouns and their antecedents, groups,
the speaker of a quote, and domestic office holders."""
from __future__ import annotations

from event_docs import country, parsed, person

from newsgraph.lang import load_pack
from newsgraph.model import Actor
from newsgraph.nlp.attribution import AttributedQuote
from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.speakers import ResolvedSpeaker
from newsgraph.nlp.events.arguments import Resolver
from newsgraph.nlp.events.members import np_members
from newsgraph.nlp.events.article_view import ArticleView, display_name, is_domestic_official
from newsgraph.nlp.events.subjects import subject_of
from newsgraph.nlp.events.voice import is_passive
from newsgraph.nlp.events.lexicon import event_lexicon

LEX = event_lexicon(load_pack("fr"))


def resolver_for(doc, sentence: int = 0) -> Resolver:
    article = ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX)
    return Resolver(article, list(doc.sents)[sentence])


def test_the_subject_is_inherited_through_an_infinitive(blank_nlp):
    # "La Russie a décidé de livrer des armes"
    doc = parsed(blank_nlp("fr"), """
La le DET 1 det
Russie Russie PROPN 3 nsubj
a avoir AUX 3 aux:tense
décidé décider VERB 3 ROOT VerbForm=Part
de de ADP 5 mark
livrer livrer VERB 3 xcomp VerbForm=Inf
""")
    assert subject_of(doc[5], LEX) == doc[1]


def test_the_object_of_an_object_control_verb_acts_its_infinitive(blank_nlp):
    # "Paris accuse la Chine d'aider Moscou" / "Paris demande à Berlin de livrer"
    doc = parsed(blank_nlp("fr"), """
Paris Paris PROPN 1 nsubj
accuse accuser VERB 1 ROOT
la le DET 3 det
Chine Chine PROPN 1 obj
d' de ADP 5 mark
aider aider VERB 1 xcomp VerbForm=Inf
Moscou Moscou PROPN 5 obj
""")
    assert subject_of(doc[5], LEX) == doc[3]
    doc = parsed(blank_nlp("fr"), """
Paris Paris PROPN 1 nsubj
demande demander VERB 1 ROOT
à à ADP 3 case
Berlin Berlin PROPN 1 obl:arg
de de ADP 5 mark
livrer livrer VERB 1 xcomp VerbForm=Inf
""")
    assert subject_of(doc[5], LEX) == doc[3]


def test_a_relative_qui_stands_for_its_antecedent_and_on_is_nobody(blank_nlp):
    # "la Russie, qui envahit l'Ukraine" / "on frappe la Syrie"
    doc = parsed(blank_nlp("fr"), """
la le DET 1 det
Russie Russie PROPN 1 ROOT
, , PUNCT 4 punct
qui qui PRON 4 nsubj PronType=Rel
envahit envahir VERB 1 acl:relcl
l' le DET 6 det
Ukraine Ukraine PROPN 4 obj
""")
    assert subject_of(doc[4], LEX) == doc[1]
    doc = parsed(blank_nlp("fr"), """
on on PRON 1 nsubj
frappe frapper VERB 1 ROOT
la le DET 3 det
Syrie Syrie PROPN 1 obj
""")
    assert subject_of(doc[1], LEX) is None


def test_verbs_with_etre_are_passive_unless_unaccusative_or_reflexive(blank_nlp):
    table = """
Modi Modi PROPN 2 nsubj:pass
est être AUX 2 aux:pass
reçu recevoir VERB 2 ROOT VerbForm=Part|Voice=Pass
"""
    assert is_passive(parsed(blank_nlp("fr"), table)[2], LEX)
    arrived = parsed(blank_nlp("fr"), table.replace("reçu recevoir", "arrivé arriver"))
    assert not is_passive(arrived[2], LEX)  # "est arrivé": être without a passive


def test_coordinated_actors_are_the_members_of_one_argument(blank_nlp):
    # "La France , le Royaume-Uni et les États-Unis"
    doc = parsed(blank_nlp("fr"), """
La le DET 1 det
France France PROPN 1 ROOT
, , PUNCT 4 punct
le le DET 4 det
Royaume-Uni Royaume-Uni PROPN 1 conj
et et CCONJ 7 cc
les le DET 7 det
États-Unis États-Unis PROPN 1 conj
""", actors={1: country("FRA", "France"), 4: country("GBR", "Royaume-Uni"), 7: country("USA", "États-Unis")})
    assert [t.i for t in np_members(doc[1], LEX)] == [1, 4, 7]
    assert [a.actor for a in resolver_for(doc).members(doc[1], deep=False)] == \
        ["country:FRA", "country:GBR", "country:USA"]


def test_a_pronoun_is_the_nearest_subject_before_it(blank_nlp):
    # "La Chine dit qu' elle soutient la Russie"
    doc = parsed(blank_nlp("fr"), """
La le DET 1 det
Chine Chine PROPN 2 nsubj
dit dire VERB 2 ROOT
qu' que SCONJ 5 mark
elle il PRON 5 nsubj
soutient soutenir VERB 2 ccomp
la le DET 7 det
Russie Russie PROPN 5 obj
""", actors={1: country("CHN", "Chine"), 7: country("RUS", "Russie")})
    arg = resolver_for(doc).one(doc[4], deep=False)
    assert arg.actor == "country:CHN" and arg.confidence == 0.5


def test_a_pronoun_whose_antecedent_is_a_pronoun_of_itself_stops(blank_nlp):
    # "Il parle . Il frappe la Syrie .": the previous subject is a pronoun with no antecedent; the
    # search must come back empty, not recurse (frwikinews-014 raised RecursionError)
    doc = parsed(blank_nlp("fr"), """
Il il PRON 1 nsubj
parle parler VERB 1 ROOT
. . PUNCT 1 punct
Il il PRON 4 nsubj
frappe frapper VERB 4 ROOT
la le DET 6 det
Syrie Syrie PROPN 4 obj
""", actors={6: country("SYR", "Syrie")})
    resolver = resolver_for(doc, sentence=1)
    assert resolver.one(doc[3], deep=False) is None
    assert resolver.active == set()


def test_a_plural_noun_with_a_demonym_is_a_group_of_that_country(blank_nlp):
    # "les indépendantistes algériens" (a group, not Algeria); "la proposition chinoise" (nothing)
    doc = parsed(blank_nlp("fr"), """
les le DET 1 det
indépendantistes indépendantiste NOUN 1 ROOT Number=Plur
algériens algérien ADJ 1 amod Number=Plur
""")
    arg = resolver_for(doc).one(doc[1], deep=False)
    assert arg.kind == "group" and arg.actor is None and arg.country == "DZA"
    assert arg.name == "indépendantistes algériens"
    single = parsed(blank_nlp("fr"), """
la le DET 1 det
proposition proposition NOUN 1 ROOT Number=Sing
chinoise chinois ADJ 1 amod
""")
    assert resolver_for(single).one(single[1], deep=False) is None


def test_nous_inside_a_quote_is_its_speaker(blank_nlp):
    doc = parsed(blank_nlp("fr"), """
« « PUNCT 2 punct
Nous nous PRON 2 nsubj
soutenons soutenir VERB 2 ROOT
l' le DET 4 det
Ukraine Ukraine PROPN 2 obj
» » PUNCT 2 punct
""", actors={4: country("UKR", "Ukraine")})
    macron = Actor("person:emmanuel-macron", "Emmanuel Macron", "person", "FRA")
    doc._.ng_actors.actors[macron.id] = macron
    doc._.ng_quotes = [AttributedQuote(FoundQuote(0, doc[5].idx + 1, "direct", None, (60, 75), 0.9),
                                       ResolvedSpeaker(macron.id, macron.name, 60, 75))]
    arg = resolver_for(doc).one(doc[1], deep=False)
    assert arg.actor == macron.id and arg.country == "FRA" and (arg.start, arg.end) == (60, 75)


def test_an_office_holder_of_no_stated_country_is_domestic():
    assert is_domestic_official(person("a", "Arnaud Montebourg", None, "ministre du redressement productif"), LEX)
    assert is_domestic_official(person("b", "X", None, "secrétaire d’État aux Transports"), LEX)
    assert not is_domestic_official(person("c", "Sergueï Lavrov", "RUS", "ministre des Affaires étrangères"), LEX)
    assert not is_domestic_official(person("d", "X", None, "président"), LEX)


def test_a_compound_of_offices_is_domestic():
    """"député-maire de Sóller": the compound starts with an office."""
    assert is_domestic_official(person("e", "Jaume Ferrer", None, "député-maire de Sóller"), LEX)
    assert not is_domestic_official(person("f", "X", None, "vice-président"), LEX)


def test_display_names_drop_the_ners_leftovers(blank_nlp):
    doc = parsed(blank_nlp("fr"), "WikiLeaks WikiLeaks PROPN 0 ROOT\nAssange Assange PROPN 0 flat:name",
                 actors={0: Actor("org:wikileaks", "WikiLeaks", "organization")})
    index = doc._.ng_actors
    assert display_name(person("julian-assange", "WikiLeaks Julian Assange"), index) == "Julian Assange"
    assert display_name(person("pinochet", "général Pinochet"), index) == "Pinochet"
