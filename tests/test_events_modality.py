"""Modality of events (nlp/events/modality.py) on hand-built parses: negation, hypothesis, future,
the date of an event and the dates adapter."""
from __future__ import annotations

from datetime import date

from event_docs import country, parsed

from newsgraph.lang import load_pack
from newsgraph.nlp.dates.found import FoundDate
from newsgraph.nlp.events.article_view import ArticleView
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.modality import after_publication, date_bounds, event_date, flags, future_form
from newsgraph.nlp.events.predicates import predicate_table

PACK = load_pack("fr")
LEX = event_lexicon(PACK)
TABLE = predicate_table(PACK)

# "Le Mali n'a pas signé d'accord avec la Russie."
NEGATED = """
Le le DET 1 det
Mali Mali PROPN 5 nsubj
n' ne ADV 5 advmod
a avoir AUX 5 aux:tense
pas pas ADV 5 advmod
signé signer VERB 5 ROOT VerbForm=Part
d' de DET 7 det
accord accord NOUN 5 obj
avec avec ADP 10 case
la le DET 10 det
Russie Russie PROPN 5 obl:mod
. . PUNCT 5 punct
"""


def flags_of(blank_nlp, table: str, predicate: int, **kwargs):
    doc = parsed(blank_nlp("fr"), table, **kwargs)
    article = ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX)
    found = kwargs.get("dates") and event_date(doc[predicate], doc[predicate].sent, article, [], TABLE)
    return flags(doc[predicate], found or None, article, TABLE)


def test_ne_pas_negates_the_predicate(blank_nlp):
    assert flags_of(blank_nlp, NEGATED, 5) == (True, False, False)


def test_ne_plus_negates_an_event_though_plus_is_no_shared_negation(blank_nlp):
    # "plus" is in event_negations.txt only: alone it is more often a comparative
    assert "plus" not in PACK.words("negations") and "plus" in LEX.negations
    table = NEGATED.replace("pas pas ADV", "plus plus ADV")
    assert flags_of(blank_nlp, table, 5)[0]
    assert not flags_of(blank_nlp, table.replace("n' ne ADV", "en en ADV"), 5)[0]  # no "ne": not negated


def test_conditional_mood_is_hypothetical_but_devrait_is_future(blank_nlp):
    # "La Turquie aurait livré des drones." / "Erdogan devrait se rendre à Bakou."
    alleged = """
La le DET 1 det
Turquie Turquie PROPN 3 nsubj
aurait avoir AUX 3 aux:tense Mood=Cnd|Tense=Pres
livré livrer VERB 3 ROOT VerbForm=Part
des un DET 5 det
drones drone NOUN 3 obj
"""
    assert flags_of(blank_nlp, alleged, 3) == (False, True, False)
    planned = """
Erdogan Erdogan PROPN 1 nsubj
devrait devoir VERB 1 ROOT Mood=Cnd|Tense=Pres
se se PRON 3 expl:comp
rendre rendre VERB 1 xcomp VerbForm=Inf
à à ADP 5 case
Bakou Bakou PROPN 3 obl:mod
"""
    assert flags_of(blank_nlp, planned, 3) == (False, False, True)


def test_a_condition_makes_the_predicate_hypothetical(blank_nlp):
    # "Si la Russie attaquait la Pologne, …"
    table = """
Si si SCONJ 3 mark
la le DET 2 det
Russie Russie PROPN 3 nsubj
attaquait attaquer VERB 3 ROOT Tense=Imp
la le DET 5 det
Pologne Pologne PROPN 3 obj
"""
    assert flags_of(blank_nlp, table, 3) == (False, True, False)


def test_aller_in_the_present_with_an_infinitive_is_a_future(blank_nlp):
    # "Paris va livrer des armes à Kiev."
    table = """
Paris Paris PROPN 1 nsubj
va aller VERB 1 ROOT Tense=Pres
livrer livrer VERB 1 xcomp VerbForm=Inf
des un DET 4 det
armes arme NOUN 2 obj
"""
    assert flags_of(blank_nlp, table, 2) == (False, False, True)
    assert flags_of(blank_nlp, table.replace("Tense=Pres", "Tense=Imp"), 2) == (False, False, False)


def test_a_future_the_tagger_read_as_a_present_is_found_from_the_infinitive(blank_nlp):
    doc = parsed(blank_nlp("fr"), """
nous nous PRON 1 nsubj
livrerons livrer VERB 1 ROOT Tense=Pres
prendrons prendre VERB 1 conj Tense=Pres
livrons livrer VERB 1 conj Tense=Pres
sera être AUX 1 conj Tense=Pres
armes arme NOUN 1 obj
""")
    assert [future_form(t, LEX) for t in doc] == [False, True, True, False, True, False]


def test_the_date_of_the_clause_and_a_later_date_makes_it_future(blank_nlp):
    # "La France signera mardi un accord avec l'Inde." with "mardi" after publication
    table = """
La le DET 1 det
France France PROPN 2 nsubj
signe signer VERB 2 ROOT Tense=Pres
mardi mardi NOUN 2 obl:mod
un un DET 5 det
accord accord NOUN 2 obj
"""
    kwargs = dict(actors={1: country("FRA", "France")}, published="2023-04-06")
    assert flags_of(blank_nlp, table, 2, dates={3: "2023-04-11"}, **kwargs)[2]
    assert not flags_of(blank_nlp, table, 2, dates={3: "2023-04-04"}, **kwargs)[2]
    doc = parsed(blank_nlp("fr"), table, dates={3: "2023-04-04"}, **kwargs)
    article = ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX)
    found = event_date(doc[2], doc[2].sent, article, [], TABLE)
    assert found is not None and found.text == "mardi"
    assert event_date(doc[2], doc[2].sent, article, [(found.start, found.end)], TABLE) is None  # an argument


def test_a_date_inside_a_relative_clause_is_not_the_event_date(blank_nlp):
    # "La France, qui a voté lundi, condamne la Russie."
    table = """
La le DET 1 det
France France PROPN 6 nsubj
, , PUNCT 4 punct
qui qui PRON 4 nsubj
vote voter VERB 1 acl:relcl
lundi lundi NOUN 4 obl:mod
condamne condamner VERB 6 ROOT
la le DET 8 det
Russie Russie PROPN 6 obj
"""
    doc = parsed(blank_nlp("fr"), table, dates={5: "2023-04-03"}, published="2023-04-06")
    article = ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX)
    assert event_date(doc[6], doc[6].sent, article, [], TABLE) is None
    assert event_date(doc[4], doc[4].sent, article, [], TABLE).text == "lundi"


def test_date_bounds_are_the_typed_days_of_the_dates_component():
    assert date_bounds(FoundDate(0, 4, "2023", "2023", "year", "date", date(2023, 1, 1), date(2023, 12, 31))) == \
        (date(2023, 1, 1), date(2023, 12, 31))
    assert date_bounds(FoundDate(0, 4, "x", None, None, "date", None, None)) == (None, None)


def test_after_publication_compares_the_first_day_with_the_publication_day():
    def ref(value):
        first, last = {"2023-09": (date(2023, 9, 1), date(2023, 9, 30)), "2024": (date(2024, 1, 1), date(2024, 12, 31)),
                       "2023": (date(2023, 1, 1), date(2023, 12, 31)),
                       "2023-09-14": (date(2023, 9, 14), date(2023, 9, 14))}[value]
        return FoundDate(0, 1, "x", value, None, "date", first, last)
    assert after_publication(ref("2023-09"), "2023-08-31")
    assert not after_publication(ref("2023-09"), "2023-09-01")  # the same month is not after
    assert after_publication(ref("2024"), "2023-12-31") and not after_publication(ref("2023"), "2023-01-01")
    assert not after_publication(ref("2023-09-14"), None)
