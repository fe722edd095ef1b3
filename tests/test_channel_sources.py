"""Unnamed media as channels (nlp/unnamed_media.py, media_mentions.py), session 4: a channel noun
before the medium, a clause the parser hangs on the medium, a title ending in a number.
Hand-built Docs; the sentences are invented."""
from parsed_doc import parsed

from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.media_mentions import _cased_as_title
from newsgraph.nlp.sources import find_sources
from newsgraph.nlp.textutil import text_of


def cited(doc):
    text = text_of(doc)
    return [(s.name, text[s.start:s.end], s.named) for s in find_sources(doc, ActorIndex(), [])]


def test_a_title_may_end_in_a_number():
    assert _cased_as_title("Canal 7") and not _cased_as_title("La presse locale")


def test_a_medium_on_whose_airwaves_a_statement_is_made_is_a_source():
    doc = parsed('''
        Sur        ADP    case       2
        les        DET    det        2
        ondes      NOUN   obl:mod    11  lemma=onde
        de         ADP    case       5
        la         DET    det        5
        radio      NOUN   nmod       2  lemma=radio  morph=Number=Sing
        nationale  ADJ    amod       5  lemma=national
        ,          PUNCT  punct      11
        le         DET    det        9
        maire      NOUN   nsubj      11
        a          AUX    aux:tense  11
        assuré     VERB   ROOT       11  lemma=assurer
        qu'        SCONJ  mark       14
        il         PRON   nsubj      14
        partirait  VERB   ccomp      11  lemma=partir
        .          PUNCT  punct      11
    ''')
    assert cited(doc) == [("radio nationale", "ondes de la radio nationale", False)]


def test_a_statement_noun_as_subject_does_not_make_its_addressee_a_channel():
    doc = parsed('''
        Cette      DET    det        1
        déclaration NOUN  nsubj      6  lemma=déclaration
        à          ADP    case       4
        la         DET    det        4
        radio      NOUN   nmod       1  lemma=radio  morph=Number=Sing
        a          AUX    aux:tense  6
        choqué     VERB   ROOT       6  lemma=choquer
        le         DET    det        8
        maire      NOUN   obj        6
        .          PUNCT  punct      6
    ''')
    assert cited(doc) == []


def test_a_clause_the_parser_hangs_on_the_medium_is_not_its_name():
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj      3
        a          AUX    aux:tense  3
        déclaré    VERB   ROOT       3  lemma=déclarer
        à          ADP    case       6
        la         DET    det        6
        radio      NOUN   obl:arg    3  lemma=radio  morph=Number=Sing
        que        PRON   mark       11  morph=PronType=Rel
        la         DET    det        9
        ville      NOUN   nsubj      11
        était      AUX    cop        11
        calme      ADJ    nmod       6
        .          PUNCT  punct      3
    ''')
    assert cited(doc) == [("radio", "déclaré à la radio", False)]


def test_the_guest_of_a_broadcast_speaks_through_it():
    from test_speakers import index_of
    doc = parsed('''
        Invité     VERB   acl        6  lemma=inviter  morph=Tense=Past|VerbForm=Part
        de         ADP    case       2
        Radio      PROPN  obl:arg    0  ent=ORG
        Alpha      PROPN  flat:name  2  ent=ORG
        ,          PUNCT  punct      0
        le         DET    det        6
        maire      NOUN   nsubj      7
        a          AUX    aux:tense  8
        affirmé    VERB   ROOT       8  lemma=affirmer
        qu'        SCONJ  mark       11
        il         PRON   nsubj      11
        partirait  VERB   ccomp      8  lemma=partir
        .          PUNCT  punct      8
    ''')
    text = text_of(doc)
    index = index_of(text, ("media:radio-alpha", "Radio Alpha", "media", None))
    assert [(s.name, text[s.start:s.end]) for s in find_sources(doc, index, [])] == [("Radio Alpha", "Invité de Radio Alpha")]


def test_a_statement_to_a_medium_s_staff_goes_through_the_medium():
    from test_speakers import index_of
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj      3
        a          AUX    aux:tense  3
        déclaré    VERB   ROOT       3  lemma=déclarer
        à          ADP    case       6
        nos        DET    det        6
        confrères  NOUN   obl:arg    3  lemma=confrère
        de         ADP    case       8
        Radio      PROPN  nmod       6  ent=ORG
        Alpha      PROPN  flat:name  8  ent=ORG
        qu'        SCONJ  mark       12
        il         PRON   nsubj      12
        partirait  VERB   ccomp      3  lemma=partir
        .          PUNCT  punct      3
    ''')
    text = text_of(doc)
    index = index_of(text, ("media:radio-alpha", "Radio Alpha", "media", None))
    assert [(s.name, text[s.start:s.end]) for s in find_sources(doc, index, [])] == \
        [("Radio Alpha", "déclaré à nos confrères de Radio Alpha")]

