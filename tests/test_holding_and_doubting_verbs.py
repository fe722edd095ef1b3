"""Speech verbs of holding to a claim ("maintient que") and of doubt ("doute que"), read with a
que-clause only (lang/fr/speech_verbs.tsv): "maintient ses troupes" is no speech. Real French
model; the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le maire maintient que la digue ne tiendra pas l'hiver.", "maintient", "la digue ne tiendra pas l'hiver"),
    ("Le syndicat a maintenu que la réforme coûtera « trop cher ».", "a maintenu",
     "la réforme coûtera « trop cher »"),
    ("Un habitant interrogé par la radio doute que l'accord change quoi que ce soit.", "doute",
     "l'accord change quoi que ce soit"),
])
def test_a_holding_or_doubting_verb_reports_its_clause(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [(cue, words)]


def test_maintenir_with_an_object_reports_nothing(analyze):
    article = analyze(TITLE + "L'armée maintient ses troupes à la frontière.", published=PUBLISHED)
    assert article.quotes == []
