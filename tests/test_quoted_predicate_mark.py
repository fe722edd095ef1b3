"""A quoted predicate after a reflexive verb of saying keeps its opening mark when an adverb opens
it: the parser hangs the mark on the cue ("s'est dit « très déçu »"). Real French model; the
sentences are invented."""

import pytest


@pytest.mark.parametrize("sentence, words", [
    ("Le député Marc Vidal s'est dit « profondément déçu » par le vote.", "« profondément déçu » par le vote"),
    ("Le député Marc Vidal s'est dit « particulièrement inquiet » du résultat.",
     "« particulièrement inquiet » du résultat"),
])
def test_an_adverb_after_the_opening_mark_of_a_predicate(analyze, sentence, words):
    text = "Un titre sans rapport\n\n" + sentence
    found = [(q.type, q.text) for q in analyze(text, published="2024-03-05").quotes]
    assert found == [("mixed", words)]
