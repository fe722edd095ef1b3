"""The journalist's own voice (nlp/cues.py _imperative_like): a first-person plural verb with no
subject that opens its sentence ("Rappelons que …") is no cue even when the tagger leaves its
person out, as it does on scraped copy; a third-person verb opening its sentence still is.
Hand-built Docs; the sentences are invented."""
from parsed_doc import parsed

from newsgraph.nlp.cues import find_cues


def test_a_first_person_ending_without_person_is_still_the_journalist():
    doc = parsed('''
        Notons     VERB   ROOT       0  lemma=noter  morph=Mood=Ind|VerbForm=Fin
        que        SCONJ  mark       4
        le         DET    det        3
        pont       NOUN   nsubj      4  lemma=pont
        rouvrira   VERB   ccomp      0  lemma=rouvrir  morph=VerbForm=Fin
        lundi      NOUN   obl:mod    4
        .          PUNCT  punct      0
    ''')
    assert find_cues(doc) == []


def test_a_subject_makes_the_same_verb_a_cue():
    doc = parsed('''
        Nous       PRON   nsubj      1
        rappelons  VERB   ROOT       1  lemma=rappeler  morph=Mood=Ind|VerbForm=Fin
        que        SCONJ  mark       5
        le         DET    det        4
        pont       NOUN   nsubj      5  lemma=pont
        rouvrira   VERB   ccomp      1  lemma=rouvrir  morph=VerbForm=Fin
        lundi      NOUN   obl:mod    5
        .          PUNCT  punct      1
    ''')
    assert [c.token.text for c in find_cues(doc)] == ["rappelons"]
