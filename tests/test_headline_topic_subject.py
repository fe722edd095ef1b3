"""A headline's topic before a colon ("Ottawa : le chef promet …", "X à Rome : l'Italie dénonce …")
is a label, not the subject of the verb after the colon: the parser makes both nouns subjects of
that verb, and the one after the colon speaks (syntax.subject_of). The sentences are invented."""
from newsgraph.nlp.syntax import subject_of

from parsed_doc import parsed

# the parse the md model gives such headlines: the topic and the clause's subject both nsubj
TOPIC_THEN_SUBJECT = """
    Québec        PROPN  nsubj   5
    :             PUNCT  punct   0
    le            DET    det     3
    chef          NOUN   nsubj   5
    péquiste      ADJ    amod    3
    promet        VERB   ROOT    5  lemma=promettre  morph=VerbForm=Fin
    un            DET    det     7
    référendum    NOUN   obj     5
"""

# a subject alone before a colon keeps speaking when nothing after the colon is one
NO_LATER_SUBJECT = """
    Québec        PROPN  nsubj   3
    :             PUNCT  punct   0
    aussi         ADV    advmod  3
    promet        VERB   ROOT    3  lemma=promettre  morph=VerbForm=Fin
    un            DET    det     5
    référendum    NOUN   obj     3
"""


def test_the_subject_after_a_topic_colon_is_the_subject():
    doc = parsed(TOPIC_THEN_SUBJECT)
    assert subject_of(doc[5]).text == "le chef péquiste"


def test_a_subject_before_a_colon_with_no_other_stays():
    doc = parsed(NO_LATER_SUBJECT)
    assert subject_of(doc[3])[0].text == "Québec"


def test_a_person_and_place_topic_does_not_speak_for_the_state_after_it(analyze):
    text = ("Paul Dumas à Rome : l'Italie dénonce une « visite de provocation »\n\n"
            "Le ministre français est arrivé lundi dans la capitale italienne.")
    (quote,) = [q for q in analyze(text, published="2023-01-01", lang="fr").quotes if "provocation" in q.text]
    assert text[quote.speaker.start:quote.speaker.end] == "l'Italie"
