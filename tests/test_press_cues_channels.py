"""Press conventions of the French-speaking world (session 39): the Central African "a renseigné
que" (= has reported that), a reason given as an incise ("…, a-t-il justifié"). Real French model;
the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le chef du quartier a renseigné que deux maisons ont brûlé dans la nuit.", "a renseigné",
     "deux maisons ont brûlé dans la nuit"),
    ("« Nous ne pouvions pas attendre plus longtemps », a-t-il justifié devant les élus.", "a-t-il justifié",
     "Nous ne pouvions pas attendre plus longtemps"),
])
def test_a_press_verb_reports(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [(cue, words)]
