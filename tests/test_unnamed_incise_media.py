"""Unnamed media (nlp/unnamed_media.py): the inverted subject of an incise the parser makes the
sentence's root ("…, a annoncé la télévision d'État."), and a media noun of several words whose
complement is the bare medium word ("l'agence de presse officielle"). Hand-built Docs; the
sentences are invented."""
from parsed_doc import parsed

from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.sources import find_sources
from newsgraph.nlp.textutil import text_of


def cited(doc):
    text = text_of(doc)
    return [(s.name, text[s.start:s.end], s.named) for s in find_sources(doc, ActorIndex(), [])]


def test_an_incise_read_as_the_root_takes_the_medium_as_its_subject():
    doc = parsed('''
        Le         DET    det        1
        barrage    NOUN   nsubj      3  lemma=barrage
        a          AUX    aux:tense  3
        cédé       VERB   advcl      7  lemma=céder
        jeudi      NOUN   obj        3  lemma=jeudi
        ,          PUNCT  punct      7
        a          AUX    aux:tense  7
        annoncé    VERB   ROOT       7  lemma=annoncer
        la         DET    det        9
        télévision NOUN   obj        7  lemma=télévision  morph=Number=Sing
        publique   ADJ    amod       9  lemma=public
        .          PUNCT  punct      7
    ''')
    assert cited(doc) == [("télévision publique", "annoncé la télévision publique", False)]


def test_a_root_verb_with_its_subject_before_it_has_an_object_not_a_channel():
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj      3
        a          AUX    aux:tense  3
        annoncé    VERB   ROOT       3  lemma=annoncer
        la         DET    det        5
        télévision NOUN   obj        3  lemma=télévision  morph=Number=Sing
        publique   ADJ    amod       5  lemma=public
        .          PUNCT  punct      3
    ''')
    assert cited(doc) == []


def test_a_media_noun_of_several_words_is_a_medium_not_a_classifier():
    doc = parsed('''
        Le         DET    det        1
        barrage    NOUN   nsubj      3  lemma=barrage
        a          AUX    aux:tense  3
        cédé       VERB   advcl      7  lemma=céder
        jeudi      NOUN   obj        3  lemma=jeudi
        ,          PUNCT  punct      7
        a          AUX    aux:tense  7
        rapporté   VERB   ROOT       7  lemma=rapporter
        l'         DET    det        9
        agence     NOUN   obj        7  lemma=agence  morph=Number=Sing
        de         ADP    case       11
        presse     NOUN   nmod       9  lemma=presse
        officielle ADJ    amod       9  lemma=officiel
        .          PUNCT  punct      7
    ''')
    assert cited(doc) == [("agence de presse officielle", "rapporté l'agence de presse officielle", False)]


def test_a_press_release_stays_a_kind_of_thing():
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj      3
        a          AUX    aux:tense  3
        publié     VERB   ROOT       3  lemma=publier
        un         DET    det        5
        communiqué NOUN   obj        3  lemma=communiqué
        de         ADP    case       7
        presse     NOUN   nmod       5  lemma=presse
        .          PUNCT  punct      3
    ''')
    assert cited(doc) == []


def test_a_clause_before_the_incise_read_as_its_subject_leaves_the_medium_its_subject():
    # "Deux ponts sont coupés, rapportent les radios locales.": the parser takes the reported
    # clause's predicate for the incise verb's subject
    doc = parsed('''
        Deux       NUM    nummod     1
        ponts      NOUN   nsubj      3  lemma=pont
        sont       AUX    cop        3
        coupés     ADJ    nsubj      5  lemma=coupé
        ,          PUNCT  punct      5
        rapportent VERB   ROOT       5  lemma=rapporter
        les        DET    det        7
        radios     NOUN   obj        5  lemma=radio  morph=Number=Plur
        locales    ADJ    amod       7  lemma=local
        .          PUNCT  punct      5
    ''')
    assert cited(doc) == [("radios locales", "rapportent les radios locales", False)]


def test_a_subject_before_a_comma_that_heads_no_clause_keeps_the_media_its_object():
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj      6
        ,          PUNCT  punct      3
        lui        PRON   dislocated 1
        ,          PUNCT  punct      6
        a          AUX    aux:tense  6
        critiqué   VERB   ROOT       6  lemma=critiquer
        les        DET    det        8
        radios     NOUN   obj        6  lemma=radio  morph=Number=Plur
        locales    ADJ    amod       8  lemma=local
        .          PUNCT  punct      6
    ''')
    assert cited(doc) == []


def test_media_after_an_infinitive_its_mark_opens_are_its_object():
    # "pour soutenir les médias": "soutenir" is a speech verb and the parser makes its clause an
    # adverbial one, but an infinitive has no subject, inverted or not (stop 70)
    doc = parsed('''
        Bruxelles  PROPN  nsubj      2
        a          AUX    aux:tense  2
        débloqué   VERB   ROOT       2  lemma=débloquer
        des        DET    det        4
        fonds      NOUN   obj        2  lemma=fonds
        pour       ADP    mark       6
        soutenir   VERB   advcl      2  lemma=soutenir  morph=VerbForm=Inf
        les        DET    det        8
        médias     NOUN   obj        6  lemma=média  morph=Number=Plur
        indépendants ADJ  amod       8  lemma=indépendant
        ,          PUNCT  punct      12
        a          AUX    aux:tense  12
        indiqué    VERB   parataxis  2  lemma=indiquer
        son        DET    det        14
        cabinet    NOUN   nsubj      12 lemma=cabinet
        .          PUNCT  punct      2
    ''')
    assert cited(doc) == []
