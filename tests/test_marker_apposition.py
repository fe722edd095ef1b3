"""A marker's speaker with a noun phrase set off by commas after it (nlp/reports.py
_after_apposition): "Selon X, une association écologiste, le fleuve est pollué." reports the clause
after the apposition, whatever noun heads it (not only a role noun), and "Selon son avocat, Paul
Dupont, son client …" the clause after the name in apposition. Hand-built Docs; the
sentences are invented."""
from parsed_doc import parsed

from newsgraph.nlp.quotemarks import find_quoted
from newsgraph.nlp.marker_reports import find_marker_reports
from newsgraph.nlp.textutil import text_of


def reports(doc):
    text = text_of(doc)
    found = find_marker_reports(doc, find_quoted(text, doc._.paragraphs))
    return [(q.type, text[q.start:q.end], text[q.speaker[0]:q.speaker[1]]) for q in found]


def test_a_descriptive_apposition_after_the_speaker_is_not_reported():
    doc = parsed('''
        Selon        ADP    case       1
        Greenwatch   PROPN  obl:mod    11  ent=ORG
        ,            PUNCT  punct      4
        une          DET    det        4
        association  NOUN   appos      1  lemma=association
        écologiste   ADJ    amod       4  lemma=écologiste
        ,            PUNCT  punct      4
        le           DET    det        8
        fleuve       NOUN   nsubj      11  lemma=fleuve
        est          AUX    aux:pass   11  lemma=être
        très         ADV    advmod     11
        pollué       VERB   ROOT       11  lemma=polluer
        .            PUNCT  punct      11
    ''')
    assert reports(doc) == [("indirect", "le fleuve est très pollué", "Greenwatch")]


def test_a_clause_after_the_comma_is_reported_whole():
    doc = parsed('''
        Selon        ADP    case       1
        Greenwatch   PROPN  obl:mod    6  ent=ORG
        ,            PUNCT  punct      6
        le           DET    det        4
        fleuve       NOUN   nsubj      6  lemma=fleuve
        est          AUX    aux:pass   6  lemma=être
        pollué       VERB   ROOT       6  lemma=polluer
        .            PUNCT  punct      6
    ''')
    assert reports(doc) == [("indirect", "le fleuve est pollué", "Greenwatch")]


def test_a_name_in_apposition_to_the_description_is_not_reported():
    doc = parsed('''
        Selon        ADP    case       2
        son          DET    det        2
        avocat       NOUN   obl:mod    10  lemma=avocat
        ,            PUNCT  punct      4
        Paul         PROPN  appos      2  ent=PER
        Dupont       PROPN  flat:name  4  ent=PER
        ,            PUNCT  punct      10
        son          DET    det        8
        client       NOUN   nsubj      10  lemma=client
        est          AUX    aux:tense  10  lemma=être
        rentré       VERB   ROOT       10  lemma=rentrer
        .            PUNCT  punct      10
    ''')
    assert [q[1] for q in reports(doc)] == ["son client est rentré"]


def test_a_name_that_opens_the_clause_is_reported():
    doc = parsed('''
        Selon        ADP    case       2
        la           DET    det        2
        police       NOUN   obl:mod    7  lemma=police
        ,            PUNCT  punct      7
        Lyon         PROPN  nsubj      7  ent=LOC
        a            AUX    aux:tense  7  lemma=avoir
        été          AUX    aux:pass   7  lemma=être
        touchée      VERB   ROOT       7  lemma=toucher
        .            PUNCT  punct      7
    ''')
    assert [q[1] for q in reports(doc)] == ["Lyon a été touchée"]
