"""The pack lexicons the attribution rules share (nlp/lexicon.py): speech verbs and frames, markers,
closed-class words by role, pronouns by feature, verb endings."""
import pytest
from parsed_doc import parsed

from newsgraph.errors import PackError
from newsgraph.lang import LanguagePack, load_pack
from newsgraph.nlp.lexicon import (attribution_markers, function_words, has_frame, pronoun_forms, speech_frames,
                                   speech_verb, speech_verbs)

FR = load_pack("fr")


def test_each_speech_verb_has_one_row():
    # (the loader merges the frames of a lemma's rows: a second row only hides the first's frames)
    for code in ("fr", "en"):
        lemmas = [row["lemma"] for row in load_pack(code).table("speech_verbs", ("lemma",))]
        assert sorted({l for l in lemmas if lemmas.count(l) > 1}) == [], code


def test_pronouns_are_selected_by_feature():
    assert pronoun_forms(FR, person="3", stressed="yes") == {"lui", "elle", "elles", "eux"}
    assert {"-il", "-elle", "-on"} <= pronoun_forms(FR, inverted="yes")
    assert "il" not in pronoun_forms(FR, inverted="yes")
    assert pronoun_forms(FR, kind="impersonal") == {"on", "-on", "-t-on", "t-on"}
    assert pronoun_forms(FR, person=("1", "2")) >= {"je", "nous", "vous", "moi"}


def test_function_words_by_role_and_unknown_roles():
    assert function_words(FR, "complementizer") == {"que", "qu'", "qu’"}
    assert "à ce" in function_words(FR, "complementizer_lead")
    with pytest.raises(PackError, match="no word has the role 'nonsense'"):
        function_words(FR, "nonsense")


def test_reflexive_and_particle_verbs_are_read_from_their_lemma():
    table = speech_verbs(FR)
    dire = [v for v in table["dire"] if v.lemma == "se dire"][0]
    assert dire.reflexive and dire.particle is None
    savoir = [v for v in table["faire"] if v.lemma == "faire savoir"][0]
    assert savoir.particle == "savoir" and not savoir.reflexive


def test_speech_verb_guesses_a_lemma_the_lemmatizer_left_alone():
    doc = parsed('''
        Il         PRON   nsubj      1
        indique    VERB   ROOT       1  lemma=indique
        que        SCONJ  mark       1
    ''')
    verb = speech_verb(doc[1])
    assert verb.lemma == "indiquer" and has_frame(verb, FR, "clause")
    assert speech_verb(doc[0]) is None


def test_particle_verb_needs_its_particle():
    doc = parsed('''
        Il         PRON   nsubj      1
        fait       VERB   ROOT       1  lemma=faire
        savoir     VERB   xcomp      1  lemma=savoir
    ''')
    assert speech_verb(doc[1]).lemma == "faire savoir"


def test_frames_and_markers_are_checked(tmp_path):
    assert speech_frames(FR)["que"].kind == "clause"
    assert attribution_markers(FR)[0].name == "selon"
    (tmp_path / "pack.toml").write_text('[pack]\ncode = "xx"\nname = "T"\nmodel = "none"\nsource = "t"\n'
                                        '[labels]\nsubject = ["nsubj"]\n', encoding="utf-8")
    (tmp_path / "speech_frames.tsv").write_text("# source: tests\nframe\tkind\twords\nthat\tclausal\tthat\n",
                                                encoding="utf-8")
    with pytest.raises(PackError, match=r"speech_frames.tsv:3: unknown frame kind 'clausal'"):
        speech_frames(LanguagePack("xx", tmp_path))
