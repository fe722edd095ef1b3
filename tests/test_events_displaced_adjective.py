"""A demonym the parser hung on an act noun past one of its determined complements qualifies that
complement (nlp/events/displaced.py `displaced_adjective`): it is not the act's doer; a bare
complement ("d'État") is part of the noun's name and keeps the adjective. Hand-built parses of
invented phrases."""
from __future__ import annotations

from event_docs import parsed

from newsgraph.lang import load_pack
from newsgraph.nlp.events.displaced import displaced_adjective
from newsgraph.nlp.events.lexicon import event_lexicon

LEX = event_lexicon(load_pack("fr"))


def test_an_adjective_past_a_determined_complement_is_displaced(blank_nlp):
    # "la fermeture par Lima des ports de la société chilienne", "chilienne" hung on "fermeture"
    doc = parsed(blank_nlp("fr"), """
la le DET 1 det
fermeture fermeture NOUN 1 ROOT
par par ADP 3 case
Lima Lima PROPN 1 nmod
des de ADP 5 case PronType=Art
ports port NOUN 1 nmod
de de ADP 8 case
la le DET 8 det
société société NOUN 5 nmod
chilienne chilien ADJ 1 amod
""")
    assert displaced_adjective(doc[1], doc[9], LEX)


def test_an_adjective_next_to_its_noun_or_past_a_bare_complement_is_not(blank_nlp):
    # "la visite d'État chinoise", "la fermeture chilienne des ports"
    doc = parsed(blank_nlp("fr"), """
la le DET 1 det
visite visite NOUN 1 ROOT
d' de ADP 3 case
État État NOUN 1 nmod
chinoise chinois ADJ 1 amod
""")
    assert not displaced_adjective(doc[1], doc[4], LEX)
    doc = parsed(blank_nlp("fr"), """
la le DET 1 det
fermeture fermeture NOUN 1 ROOT
chilienne chilien ADJ 1 amod
des de ADP 4 case PronType=Art
ports port NOUN 1 nmod
""")
    assert not displaced_adjective(doc[1], doc[2], LEX)
