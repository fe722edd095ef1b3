"""Words in quotation marks right after a speech verb are what it says, never its inverted subject:
where the parse makes the quoted noun phrase the subject of a participle coordinated without its
auxiliary ("a dénoncé « … » et regretté « un choix précipité »"), the conjunct takes the subject of
the verb it is coordinated to (syntax.subject_of). Hand-built parse of an invented sentence."""
from newsgraph.nlp.syntax import subject_of

from parsed_doc import parsed


def test_quoted_phrase_after_a_coordinated_participle_is_not_its_subject():
    doc = parsed('''
        Le          DET    det        1
        syndicat    NOUN   nsubj      3
        a           AUX    aux:tense  3  lemma=avoir
        dénoncé     VERB   ROOT       3  lemma=dénoncer  morph=VerbForm=Part
        «           PUNCT  punct      5
        des         DET    det        5
        retards     NOUN   obj        3
        »           PUNCT  punct      5
        et          CCONJ  cc         9
        regretté    VERB   conj       3  lemma=regretter  morph=VerbForm=Part
        «           PUNCT  punct      9
        un          DET    det        12
        choix       NOUN   nsubj      9
        précipité   ADJ    amod       12
        »           PUNCT  punct      12
        .           PUNCT  punct      3
    ''')
    assert subject_of(doc[9]).text == "Le syndicat"


def test_inverted_subject_without_marks_is_kept():
    doc = parsed('''
        comme       ADV    advmod     3
        l'          PRON   obj        3
        a           AUX    aux:tense  3  lemma=avoir
        dit         VERB   ROOT       3  lemma=dire  morph=VerbForm=Part
        le          DET    det        5
        maire       NOUN   nsubj      3
        .           PUNCT  punct      3
    ''')
    assert subject_of(doc[3]).text == "le maire"
