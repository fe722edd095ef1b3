"""The verb test of a que-clause read on the surface (nlp/frames.py `_has_verb`): a conditional the
tagger reads as an adjective still heads a clause when it has a subject of its own. Hand-built
Docs; the sentences are invented."""
from parsed_doc import parsed

from newsgraph.nlp.reports import find_verb_reports
from newsgraph.nlp.textutil import text_of


def reported(doc):
    text = text_of(doc)
    return [(q.type, text[q.start:q.end]) for q in find_verb_reports(doc, [])]


# the parser hangs the clause off the cue with a label no frame reads, so the surface reading decides
CONDITIONAL_AS_ADJECTIVE = '''
    Le          DET    det        1
    colonel     NOUN   nsubj      3
    a           AUX    aux:tense  3  lemma=avoir
    affirmé     VERB   ROOT       3  lemma=affirmer  morph=VerbForm=Part
    que         SCONJ  mark       7
    les         DET    det        6
    troupes     NOUN   nsubj      7  lemma=troupe
    partiraient ADJ    dep        3  lemma=partiraient
    avant       ADP    case       10
    l'          DET    det        10
    été         NOUN   obl        7
    .           PUNCT  punct      3
'''


def test_a_conditional_tagged_as_an_adjective_heads_the_clause_by_its_subject():
    assert reported(parsed(CONDITIONAL_AS_ADJECTIVE)) == [("indirect", "les troupes partiraient avant l'été")]


def test_no_verb_and_no_subject_is_no_clause():
    doc = parsed('''
        Le          DET    det        1
        colonel     NOUN   nsubj      3
        a           AUX    aux:tense  3  lemma=avoir
        affirmé     VERB   ROOT       3  lemma=affirmer  morph=VerbForm=Part
        que         SCONJ  mark       6
        trois       NUM    nummod     6
        milliards   NOUN   dep        3  lemma=milliard
        .           PUNCT  punct      3
    ''')
    assert reported(doc) == []
