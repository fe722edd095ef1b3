"""Cues (nlp/cues.py) and the frames they govern (nlp/frames.py), on hand-built Docs: no model is loaded."""
from parsed_doc import parsed

from newsgraph.nlp.cues import find_cues, verb_form
from newsgraph.nlp.reports import find_verb_reports
from newsgraph.nlp.textutil import text_of


def _reports(doc):
    text = text_of(doc)
    return [(q.type, text[q.start:q.end], text[q.speaker[0]:q.speaker[1]] if q.speaker else None)
            for q in find_verb_reports(doc, [])]


ACCUSED_BY = '''
    Le         DET    det        1
    maire      NOUN   nsubj:pass 3  lemma=maire
    est        AUX    aux:pass   3  lemma=être  morph=VerbForm=Fin
    accusé     VERB   ROOT       3  lemma=accuser  morph=VerbForm=Part|Tense=Past
    par        ADP    case       6
    l'         DET    det        6
    opposition NOUN   obl:agent  3  lemma=opposition
    d'         ADP    mark       9
    avoir      AUX    aux:tense  9  lemma=avoir  morph=VerbForm=Inf
    menti      VERB   xcomp      3  lemma=mentir  morph=VerbForm=Part
    aux        ADP    case       11
    électeurs  NOUN   obl:arg    9  lemma=électeur
    .          PUNCT  punct      3
'''


def test_passive_cue_names_its_agent_as_speaker():
    doc = parsed(ACCUSED_BY)
    [cue] = find_cues(doc)
    assert cue.form == "passive"
    assert cue.speaker is not None and cue.speaker.root.text == "opposition"  # the resolver strips "par"
    [(kind, words, speaker)] = _reports(doc)
    assert kind == "indirect" and words.startswith("avoir menti aux électeurs")
    assert speaker.endswith("l'opposition")


def test_passive_cue_without_agent_names_nobody():
    doc = parsed('''
        Le         DET    det        1
        maire      NOUN   nsubj:pass 3  lemma=maire
        est        AUX    aux:pass   3  lemma=être  morph=VerbForm=Fin
        accusé     VERB   ROOT       3  lemma=accuser  morph=VerbForm=Part|Tense=Past
        de         ADP    mark       5
        mentir     VERB   xcomp      3  lemma=mentir  morph=VerbForm=Inf
        .          PUNCT  punct      3
    ''')
    [cue] = find_cues(doc)
    assert (cue.form, cue.speaker) == ("passive", None)
    assert [(k, w) for k, w, _ in _reports(doc)] == [("indirect", "mentir")]


def test_verb_without_a_passive_frame_reports_nothing_in_the_passive():
    # "préciser" has no passive frame: "le départ a été précisé" is no report of the subject's words
    doc = parsed('''
        Le         DET    det        1
        départ     NOUN   nsubj:pass 4  lemma=départ
        a          AUX    aux:tense  4  lemma=avoir  morph=VerbForm=Fin
        été        AUX    aux:pass   4  lemma=être  morph=VerbForm=Part
        précisé    VERB   ROOT       4  lemma=préciser  morph=VerbForm=Part|Tense=Past
        hier       ADV    advmod     4
        .          PUNCT  punct      4
    ''')
    assert find_cues(doc) == []


def test_past_participle_whose_auxiliary_the_parser_lost_is_finite():
    doc = parsed('''
        Paul       PROPN  nsubj      6  ent=PER
        a          AUX    aux:tense  4  lemma=avoir  morph=VerbForm=Fin
        de         ADP    case       4
        son        DET    det        4
        côté       NOUN   obl:mod    6  lemma=côté
        ,          PUNCT  punct      4
        dénoncé    VERB   ROOT       6  lemma=dénoncer  morph=VerbForm=Part|Tense=Past
        que        SCONJ  mark       10
        la         DET    det        9
        réforme    NOUN   nsubj      10  lemma=réforme
        échouerait VERB   ccomp      6  lemma=échouer  morph=VerbForm=Fin
        .          PUNCT  punct      6
    ''')
    assert verb_form(doc[6]) == "finite"
    [(kind, words, speaker)] = _reports(doc)
    assert (kind, words, speaker) == ("indirect", "la réforme échouerait", "Paul")


def test_first_person_verb_without_subject_is_the_journalist():
    doc = parsed('''
        Rappelons  VERB   ROOT       0  lemma=rappeler  morph=Mood=Ind|Person=1|VerbForm=Fin
        que        SCONJ  mark       4
        le         DET    det        3
        scrutin    NOUN   nsubj      4  lemma=scrutin
        aura       VERB   ccomp      0  lemma=avoir  morph=VerbForm=Fin
        lieu       NOUN   obj        4
        dimanche   NOUN   obl:mod    4
        .          PUNCT  punct      0
    ''')
    assert find_cues(doc) == []


def test_infinitive_speech_verb_is_no_cue_of_its_own():
    doc = parsed('''
        Paul       PROPN  nsubj      1  ent=PER
        part       VERB   ROOT       1  lemma=partir  morph=VerbForm=Fin
        sans       ADP    mark       4
        avoir      AUX    aux:tense  4  lemma=avoir  morph=VerbForm=Inf
        dit        VERB   advcl      1  lemma=dire  morph=VerbForm=Part|Tense=Past
        que        SCONJ  mark       7
        tout       PRON   nsubj      7
        allait     VERB   ccomp      4  lemma=aller  morph=VerbForm=Fin
        bien       ADV    advmod     7
        .          PUNCT  punct      1
    ''')
    assert verb_form(doc[4]) == "infinitive"
    assert find_cues(doc) == []
    # after a preposition of time it goes on from the clause: "Paul part après avoir dit que …" says it
    # (test_sequel_infinitives.py)


def test_bare_infinitive_frame_keeps_its_clitics():
    doc = parsed('''
        Marie      PROPN  nsubj      1  ent=PER
        affirme    VERB   ROOT       1  lemma=affirmer  morph=VerbForm=Fin
        ne         ADV    advmod     5
        pas        ADV    advmod     5
        la         PRON   obj        5
        connaître  VERB   xcomp      1  lemma=connaître  morph=VerbForm=Inf
        .          PUNCT  punct      1
    ''')
    assert _reports(doc) == [("indirect", "ne pas la connaître", "Marie")]


def test_predicate_frame_after_a_reflexive_verb_of_saying():
    doc = parsed('''
        Le         DET    det        1
        ministre   NOUN   nsubj      3  lemma=ministre
        se         PRON   expl:comp  3
        dit        VERB   ROOT       3  lemma=dire  morph=VerbForm=Fin
        prêt       ADJ    xcomp      3  lemma=prêt
        à          ADP    mark       6
        négocier   VERB   xcomp      4  lemma=négocier  morph=VerbForm=Inf
        .          PUNCT  punct      3
    ''')
    [(kind, words, speaker)] = _reports(doc)
    assert (kind, words, speaker) == ("indirect", "prêt à négocier", "Le ministre")


# "juge" tagged as a noun in apposition to the subject, the object and its quoted predicate hung on
# the subject: the parse has no verb
JUDGED_BY_NOUN = '''
    La          DET    det      1
    directrice  NOUN   ROOT     1  lemma=directeur
    juge        NOUN   appos    1  lemma=juge
    ce          DET    det      4
    calendrier  NOUN   nmod     1  lemma=calendrier
    «           PUNCT  punct    1
    intenable   ADJ    amod     1  lemma=intenable
    »           PUNCT  punct    1
    .           PUNCT  punct    1
'''


def test_noun_tagged_verb_between_subject_and_quoted_object_is_a_cue():
    doc = parsed(JUDGED_BY_NOUN)
    [cue] = find_cues(doc)
    assert cue.token.text == "juge" and cue.speaker is not None and cue.speaker.text == "La directrice"


# a judge is no cue: the noun after its article, no quotation after it
A_JUDGE = '''
    La         DET    det      1
    juge       NOUN   nsubj    2  lemma=juge
    entend     VERB   ROOT     2  lemma=entendre  morph=VerbForm=Fin
    les        DET    det      4
    témoins    NOUN   obj      2  lemma=témoin
    .          PUNCT  punct    2
'''


def test_a_noun_after_its_article_stays_a_noun():
    assert find_cues(parsed(A_JUDGE)) == []
