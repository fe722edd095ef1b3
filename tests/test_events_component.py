"""Frames and the events component (nlp/events/frames.py, component.py) on hand-built parses, and
the Event records extract.py builds from the component's results."""
from __future__ import annotations

from dataclasses import asdict

from event_docs import country, parsed, person

from newsgraph.extract import events_of
from newsgraph.lang import load_pack
from newsgraph.model import Article, DateRef, Event, EventActor, Place, When
from newsgraph.nlp.events import FoundEvent, find_events, merge_repeats
from newsgraph.nlp.events.arguments import Resolver
from newsgraph.nlp.events.article_view import Arg, ArticleView
from newsgraph.nlp.events.frames import read_predicate
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.predicates import match_predicate, predicate_table

PACK = load_pack("fr")
LEX = event_lexicon(PACK)
TABLE = predicate_table(PACK)
MACRON = person("emmanuel-macron", "Emmanuel Macron", "FRA")

VISIT = """
Macron Macron PROPN 3 nsubj
s' se PRON 3 expl:comp
est être AUX 3 aux:tense
rendu rendre VERB 3 ROOT VerbForm=Part
à à ADP 5 case
Pékin Pékin PROPN 3 obl:mod
mardi mardi NOUN 3 obl:mod
. . PUNCT 3 punct
"""


def visit_doc(blank_nlp):
    return parsed(blank_nlp("fr"), VISIT, actors={0: MACRON, 5: country("CHN", "Chine")}, places=(5,),
                  dates={6: "2023-04-04"}, published="2023-04-06")


def found_of(doc, i: int):
    article = ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX)
    token = doc[i]
    return read_predicate(Resolver(article, token.sent), token, match_predicate(token, TABLE, LEX), TABLE)


def test_a_visit_is_to_the_state_of_the_place_visited(blank_nlp):
    found = found_of(visit_doc(blank_nlp), 3)
    assert [a.actor for a in found.actors] == [MACRON.id]
    assert [a.actor for a in found.recipients] == ["country:CHN"]
    assert found.place.country == "CHN" and found.mode == "visit"


def test_entre_lists_every_participant_and_the_actor_stars_from_the_first(blank_nlp):
    # "un accord entre la France , l' Inde et le Japon"
    doc = parsed(blank_nlp("fr"), """
un un DET 1 det
accord accord NOUN 1 ROOT
entre entre ADP 4 case
la le DET 4 det
France France PROPN 1 nmod
, , PUNCT 7 punct
l' le DET 7 det
Inde Inde PROPN 4 conj
et et CCONJ 10 cc
le le DET 10 det
Japon Japon PROPN 4 conj
""", actors={4: country("FRA", "France"), 7: country("IND", "Inde"), 10: country("JPN", "Japon")})
    found = found_of(doc, 1)
    assert [a.actor for a in found.actors] == ["country:FRA"]
    assert [a.actor for a in found.recipients] == ["country:IND", "country:JPN"]


def test_the_passive_agent_is_the_actor(blank_nlp):
    # "Modi a été reçu par Macron"
    doc = parsed(blank_nlp("fr"), """
Modi Modi PROPN 3 nsubj:pass
a avoir AUX 3 aux:tense
été être AUX 3 aux:pass
reçu recevoir VERB 3 ROOT VerbForm=Part|Voice=Pass
par par ADP 5 case
Macron Macron PROPN 3 obl:agent
""", actors={0: person("narendra-modi", "Narendra Modi", "IND"), 5: MACRON})
    found = found_of(doc, 3)
    assert [a.actor for a in found.actors] == [MACRON.id]
    assert [a.actor for a in found.recipients] == ["person:narendra-modi"]


def test_a_demonym_on_a_noun_predicate_is_its_actor_and_a_stance_its_recipient(blank_nlp):
    # "les frappes américaines contre la Syrie"; "une manifestation anti-américaine à Téhéran"
    doc = parsed(blank_nlp("fr"), """
les le DET 1 det
frappes frappe NOUN 1 ROOT Number=Plur
américaines américain ADJ 1 amod
contre contre ADP 5 case
la le DET 5 det
Syrie Syrie PROPN 1 nmod
""", actors={5: country("SYR", "Syrie")})
    found = found_of(doc, 1)
    assert [(a.actor, a.stance) for a in found.actors] == [("country:USA", False)]
    assert [a.actor for a in found.recipients] == ["country:SYR"]
    doc = parsed(blank_nlp("fr"), """
une un DET 1 det
manifestation manifestation NOUN 1 ROOT
anti-américaine anti-américain ADJ 1 amod
à à ADP 4 case
Téhéran Téhéran PROPN 1 nmod
""", actors={4: country("IRN", "Iran")}, places=(4,))
    found = found_of(doc, 1)
    assert [(a.actor, a.stance) for a in found.recipients] == [("country:USA", True)]
    assert [(a.name, a.country) for a in found.actors] == [(LEX.protesters, "IRN")]


def test_unnamed_demonstrators_are_the_actor_of_a_demonstration(blank_nlp):
    # "une manifestation contre la Chine à Paris": the protesters are placed in France
    doc = parsed(blank_nlp("fr"), """
une un DET 1 det
manifestation manifestation NOUN 1 ROOT
contre contre ADP 4 case
la le DET 4 det
Chine Chine PROPN 1 nmod
à à ADP 6 case
Paris Paris PROPN 1 nmod
""", actors={4: country("CHN", "Chine"), 6: country("FRA", "France")}, places=(6,))
    found = found_of(doc, 1)
    assert [(a.name, a.country, a.kind) for a in found.actors] == [(LEX.protesters, "FRA", "group")]
    assert [a.actor for a in found.recipients] == ["country:CHN"]


def test_the_component_keeps_international_interactions_only(blank_nlp):
    # "La France critique Macron": one state and its own president
    doc = parsed(blank_nlp("fr"), """
La le DET 1 det
France France PROPN 2 nsubj
critique critiquer VERB 2 ROOT
Macron Macron PROPN 2 obj
""", actors={1: country("FRA", "France"), 3: MACRON})
    assert find_events(doc) == []
    doc = parsed(blank_nlp("fr"), """
La le DET 1 det
Chine Chine PROPN 2 nsubj
critique critiquer VERB 2 ROOT
Macron Macron PROPN 2 obj
""", actors={1: country("CHN", "Chine"), 3: MACRON})
    [event] = find_events(doc)
    assert (event.type, event.actor.actor, event.recipient.actor) == ("ACCUSE", "country:CHN", MACRON.id)


def test_extract_builds_event_records_with_typed_place_and_date(blank_nlp):
    doc = visit_doc(blank_nlp)
    doc._.ng_events = find_events(doc)
    [event] = events_of(doc)
    assert event.type == "CONSULT" and event.mode == "visit"
    assert event.actor == EventActor(MACRON.id, "Emmanuel Macron")
    assert event.where == Place("Pékin", "CHN", doc[5].idx, doc[5].idx + 5)
    assert event.when == When("mardi", "2023-04-04", doc[6].idx, doc[6].idx + 5)
    assert event.text == doc.text[event.start:event.end] and event.text.startswith("Macron s' est rendu à Pékin")
    assert not (event.negated or event.hypothetical or event.future)
    # the record keeps its shape: where and when serialise to the documented dicts
    record = asdict(event)
    assert record["where"] == {"name": "Pékin", "country": "CHN", "start": doc[5].idx, "end": doc[5].idx + 5}
    assert list(record["when"]) == ["text", "value", "start", "end"]
    article = Article(id="a", text=doc.text, events=[event])
    assert Article.from_dict(article.to_dict()).events == [event]


def found_event(start: int, value: str | None = None) -> FoundEvent:
    usa = Arg("country:USA", "États-Unis", "country", "USA", 0, 10)
    iran = Arg("country:IRN", "Iran", "country", "IRN", 20, 24)
    date = DateRef("x", 0, 1, value) if value else None
    return FoundEvent("SANCTION", None, usa, iran, None, date, start, start + 10, None, 0.8, False, False, False)


def test_repeated_mentions_of_one_interaction_are_merged():
    merged = merge_repeats([found_event(0), found_event(100, "2012-11-05"), found_event(300, "1980")])
    assert [e.start for e in merged] == [100, 300]  # the dated mention is kept; another date is another event
    assert isinstance(merged[0], FoundEvent) and not isinstance(merged[0], Event)
