"""Direct words that take up the speaker of an earlier paragraph but whose own sentence names a
person after the closing mark, in an incise the cue finder cannot read, are that person's
(invented sentences, English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def _speaker(quotes, words):
    return next(q for q in quotes if words in q.text).speaker.name


def test_a_person_named_after_the_words_of_a_new_paragraph_speaks_them(analyze):
    text = ('"We will not move," Mayor Helen Brandt said on Monday at a rally in the old market.\n\n'
            '"He would make a fine judge. Not fine, excellent. One of the sharpest minds in the state," '
            'Rep. Laura Bennett (D-Ohio) said in a radio interview.')
    assert _speaker(analyze(text).quotes, "a fine judge") == "Laura Bennett"



def test_a_person_named_only_as_a_client_does_not_speak(analyze):
    # review: "a lawyer for X" speaks, not X
    text = ('"We will never give up," Senator John Carter said on Monday at a rally in the old market.\n\n'
            '"The evidence is clear," a lawyer for Rep. Ann Lee (D-Md.) said in an interview.')
    assert _speaker(analyze(text).quotes, "evidence is clear") != "Ann Lee"
