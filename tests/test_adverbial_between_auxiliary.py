"""A short adverbial between the auxiliary and the participle ("a pour sa part ajouté :") leaves a
compound tense, a speech act, even where the parse hangs the participle on the adverbial's noun
(syntax._auxiliary_across_adverbial). Hand-built parses of invented sentences."""
from newsgraph.nlp.syntax import is_speech_act

from parsed_doc import parsed


def test_participle_hung_on_the_adverbial_is_a_speech_act():
    doc = parsed('''
        Paul      PROPN  nsubj      4  ent=PER
        a         AUX    aux:tense  4  lemma=avoir
        pour      ADP    case       4
        sa        DET    det        4
        part      NOUN   ROOT       4
        ajouté    VERB   acl        4  lemma=ajouter  morph=VerbForm=Part
        :         PUNCT  punct      4
    ''')
    assert is_speech_act(doc[5])


def test_noun_phrase_before_the_participle_is_no_adverbial():
    doc = parsed('''
        Paul      PROPN  nsubj      3  ent=PER
        est       AUX    cop        3  lemma=être
        un        DET    det        3
        élu       NOUN   ROOT       3
        critiqué  VERB   acl        3  lemma=critiquer  morph=VerbForm=Part
        .         PUNCT  punct      3
    ''')
    assert not is_speech_act(doc[4])
