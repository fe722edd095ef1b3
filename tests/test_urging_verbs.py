"""Verbs of urging the French table lacked (lang/fr/speech_verbs.tsv, session 41): "a pressé X de
…", "a sommé X de …" report the order given, as "enjoint de". Real French model; the sentences
are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le chef de l'opposition a pressé le gouvernement de « cesser de tergiverser ».", "a pressé",
     "« cesser de tergiverser »"),
    ("Le préfet a sommé la commune de fermer le camping.", "a sommé", "fermer le camping"),
])
def test_an_order_given_is_reported(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [(cue, words)]


def test_a_pressed_object_without_words_is_no_report(analyze):
    article = analyze(TITLE + "Le vigneron a pressé le raisin mardi.", published=PUBLISHED)
    assert article.quotes == []
