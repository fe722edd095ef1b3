"""The parser's misreadings of a sentence whose subject it made the root: a conjugated verb hung on
the noun before it ("L'armée chilienne a de nouveau bombardé …" with "bombardé" a modifier of
"armée"; "Des délégations chilienne et bolivienne se sont retrouvées …" with the verb a conjunct)
has that noun for subject (repairs.hung_subject); and the demonyms listed after a noun
standing for actors are each a side, though the parser hung the later ones on the verb
(members.Members._demonyms_listed_on). Invented texts, full pipeline."""
from __future__ import annotations

from event_docs import country, parsed
from event_texts import coded

from newsgraph.lang import load_pack
from newsgraph.nlp.events.article_view import ArticleView
from newsgraph.nlp.events.arguments import Resolver
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.subjects import subject_of

LEX = event_lexicon(load_pack("fr"))

TEXTS = {
    "root_noun": "L'armée chilienne a de nouveau bombardé dans la nuit la banlieue sud de La Paz.",
}

TITLED = True


def test_the_root_noun_is_the_subject_of_the_verb_hung_on_it(events):
    assert ("ASSAULT", "country:CHL", "country:BOL") in coded(events, "root_noun")


def test_each_listed_demonym_is_a_side_though_hung_on_the_verb(blank_nlp):
    # "Des délégations chilienne et bolivienne se sont retrouvées": the parser's reading, the noun
    # the root, the verb its conjunct, the second demonym an adverb of the verb
    doc = parsed(blank_nlp("fr"), """
Des un DET 1 det
délégations délégation NOUN 1 ROOT Number=Plur
chilienne chilien ADJ 1 amod
et et CCONJ 7 cc
bolivienne bolivien ADJ 7 advmod
se se PRON 7 expl:comp
sont être AUX 7 aux:tense VerbForm=Fin
retrouvées retrouver VERB 1 conj VerbForm=Part
""", actors={2: country("CHL", "Chili")})
    assert subject_of(doc[7], LEX) == doc[1]
    resolver = Resolver(ArticleView(doc, doc._.ng_actors, doc._.ng_actors.gazetteer, LEX), list(doc.sents)[0])
    assert {a.country for a in resolver.members(doc[1], deep=False)} == {"CHL", "BOL"}
