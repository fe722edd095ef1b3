"""A compound infinitive read after the cue on the surface ("a affirmé s'être conformé …") opens at
its clitic: the parser hangs "s'" on the participle, not on the auxiliary "être" the surface reading
finds (nlp/frames.py, _infinitive_start). Invented sentences."""
import pytest


@pytest.mark.parametrize("text, words", [
    ("Le marché n'avait pas été attribué en 2019. Le groupe a pour sa part affirmé s'être conformé à "
     "toutes les règles du marché.", "s'être conformé à toutes les règles"),
    ("L'accord n'avait pas été signé en avril 2015. Le syndicat a de son côté confié s'être renseigné sur "
     "la légalité de cet accord.", "s'être renseigné sur la légalité"),
])
def test_a_compound_infinitive_opens_at_its_clitic(analyze, text, words):
    article = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05")
    quote = next(q for q in article.quotes if q.type == "indirect")
    assert quote.text.startswith(words)
