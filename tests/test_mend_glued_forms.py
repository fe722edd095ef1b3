"""Scraped copy that lost a space glues a participle to the inverted pronoun before it
("a-t-ildéclaré") or "que" to the participle before it ("déclaréque"): ingest/mend.py spaces them
with the pack's glued_heads, glued_tails and glued_tail_endings, and the cue is read. Invented text."""
from newsgraph.ingest.mend import mend

HEADS = frozenset({"-t-il", "-t-ils", "-t-elle"})
TAILS = (frozenset({"que", "qu'"}), frozenset({"é", "ée", "és", "ées"}))


def test_a_participle_glued_to_the_inverted_pronoun():
    assert mend("Rien, a-t-ilprécisé hier.", glued=(HEADS, *TAILS))[0] == "Rien, a-t-il précisé hier."


def test_two_pronouns_that_fit_leave_the_word_whole():
    # "-t-il" + "souligné" or "-t-ils" + "ouligné": no telling which
    assert mend("a-t-ilsouligné", glued=(HEADS, *TAILS))[0] == "a-t-ilsouligné"


def test_que_glued_to_a_participle():
    assert mend("Elle a annoncéque tout va bien, et confirméqu'il part.", glued=(HEADS, *TAILS))[0] == \
        "Elle a annoncé que tout va bien, et confirmé qu'il part."


def test_words_of_the_same_shape_stay_whole():
    text = "La bibliothèque et le micro-ondes, dit-on, lorsque chaque quelque."
    assert mend(text, glued=(HEADS, *TAILS))[0] == text


def test_the_glued_cue_is_read(reports):
    found = reports("La maire Sonia Petit a réuni le conseil. Le budget sera voté en juin, a-t-elleannoncé.")
    assert found == [("Le budget sera voté en juin", "Sonia Petit", "a-t-elleannoncé")]
