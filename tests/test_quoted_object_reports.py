"""The quoted-object frame (`obj` in lang/fr/speech_verbs.tsv) of "faire état de « … »" and
"insister sur « … »": the frame needs the marks, so the same verbs with a plain object report
nothing (GUIDELINES §2.6: "a fait état de l'exécution de 28 soldats" is no quote). Real French
model; the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le Haut-Commissariat a fait état de « graves violations », dont des meurtres.", "a fait état",
     "« graves violations »"),
    ("La ministre a insisté sur « la responsabilité historique » de l'Union.", "a insisté",
     "« la responsabilité historique » de l'Union"),
])
def test_a_quoted_object_is_reported(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text, q.type) for q in article.quotes] == [(cue, words, "mixed")]


@pytest.mark.parametrize("sentence", [
    "Le ministre a fait état de l'exécution de 28 soldats.",
    "La ministre a insisté sur la nécessité d'agir.",
])
def test_a_plain_object_is_no_quote(analyze, sentence):
    assert analyze(TITLE + sentence, published=PUBLISHED).quotes == []


@pytest.mark.parametrize("sentence, words", [
    # "juge" tagged as a noun between its subject and its object: no noun follows its subject or a
    # subject pronoun without an article
    ("Le maire juge ce projet « irréaliste ».", "ce projet « irréaliste »"),
    ("Le préfet a refusé la dérogation, qu'il juge « injustifiée ».", "« injustifiée »"),
])
def test_a_noun_tagged_verb_before_its_quoted_object_reports_it(analyze, sentence, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text, q.type) for q in article.quotes] == [("juge", words, "mixed")]
