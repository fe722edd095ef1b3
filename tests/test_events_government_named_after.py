"""A state noun followed by the name of the person at the state's head ("l'administration Trump")
stands for that person's state even when the parser hung the name elsewhere, here as the subject
of the next words ("par l'administration Trump début avril"): read on the text
(references.government_named_after), not bridged to the last state named. Hand-built parse."""
from __future__ import annotations

from event_docs import country, parsed, person

from newsgraph.lang import load_pack
from newsgraph.nlp.events.article_view import ArticleView
from newsgraph.nlp.events.arguments import Resolver
from newsgraph.nlp.events.lexicon import event_lexicon

LEX = event_lexicon(load_pack("fr"))


def test_the_government_named_after_its_head_is_the_persons_state(blank_nlp):
    # "Le Chili s'est vu infliger des taxes par l'administration Ramos début mai"
    doc = parsed(blank_nlp("fr"), """
Le le DET 1 det
Chili Chili PROPN 4 nsubj
s' se PRON 4 expl:comp
est être AUX 4 aux:tense
vu voir VERB 4 ROOT
infliger infliger VERB 4 xcomp VerbForm=Inf
des un DET 7 det
taxes taxe NOUN 5 obj
par par ADP 10 case
l' le DET 10 det
administration administration NOUN 5 obl:mod
Ramos Ramos PROPN 12 nsubj
début début NOUN 4 obl:mod
mai mai NOUN 12 nmod
""", actors={1: country("CHL", "Chili"), 11: person("ana-ramos", "Ana Ramos", "PER")})
    resolver = Resolver(ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX), list(doc.sents)[0])
    assert [a.actor for a in resolver.members(doc[10], deep=False)] == ["country:PER"]
