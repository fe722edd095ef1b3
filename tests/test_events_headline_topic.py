"""A headline's topic before a colon is a label, never the subject of a verb after the colon (stop
72, evhead): "Loi Magnitski : Moscou réplique et interdit …", parsed with the topic noun as the root
and the verb as its conjunct, has for subject the phrase right after the colon, not the topic
(`repairs.hung_subject`, reading the colon as `syntax.colon_between` does for speakers). With no
colon, the root noun a finite verb hangs on stays its subject. Invented sentences."""
from __future__ import annotations

from event_docs import parsed

from newsgraph.lang import load_pack
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.subjects import subject_of

LEX = event_lexicon(load_pack("fr"))

# the md model's parse of such a headline (colon glued, as scraped): the topic the root, the
# clause's noun its modifier
TOPIC_ROOT = """
Loi loi NOUN 0 ROOT
Magnitski Magnitski PROPN 0 nmod
: : PUNCT 0 punct
Moscou Moscou PROPN 0 nmod
réplique répliquer VERB 3 amod Mood=Ind|Tense=Pres|VerbForm=Fin
et et CCONJ 6 cc
interdit interdire VERB 0 conj Mood=Ind|Tense=Pres|VerbForm=Fin
de de ADP 8 case
territoire territoire NOUN 6 obl:arg
"""

# the same parse with no colon: the root noun the verb hangs on acts ("L'armée … a bombardé")
NO_COLON = """
L' le DET 1 det
armée armée NOUN 1 ROOT
israélienne israélien ADJ 1 amod
et et CCONJ 4 cc
bombarde bombarder VERB 1 conj Mood=Ind|Tense=Pres|VerbForm=Fin
Gaza Gaza PROPN 4 obj
"""


def test_a_topic_before_a_colon_is_not_the_subject(blank_nlp):
    doc = parsed(blank_nlp("fr"), TOPIC_ROOT)
    assert subject_of(doc[6], LEX) == doc[3]


def test_the_root_noun_without_a_colon_stays_the_subject(blank_nlp):
    doc = parsed(blank_nlp("fr"), NO_COLON)
    assert subject_of(doc[4], LEX) == doc[1]


TEXTS = {"topic": "Loi Magnitski: Moscou réplique et interdit de territoire des Canadiens\n\n"
                  "Le gouvernement russe a annoncé vendredi la mesure."}


def test_the_headline_act_is_the_state_after_the_colon(analyzed):
    article = analyzed(TEXTS)["topic"]
    sides = {(e.type, e.actor.name) for e in article.events if e.start < article.text.index("\n")}
    assert ("SANCTION", "Loi Magnitski") not in sides
    assert any(t == "SANCTION" and a in ("Moscou", "Russie") for t, a in sides)
