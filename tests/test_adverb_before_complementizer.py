"""Frames (nlp/frames.py): "que" after an adverb that ends in a word blocking the complementizer
("affirme tout de même que …": "nevertheless", where "de même que" is a comparison) is the
cue's complementizer. Real French model; the sentences are invented."""

def test_tout_de_meme_before_que(reports):
    found = reports("Jean Dupont, un médecin belge, affirme tout de même que le virus n'est pas éradiqué.")
    assert found == [("le virus n'est pas éradiqué", "Jean Dupont", "affirme")]


def test_de_meme_que_is_still_a_comparison(reports):
    found = reports("Le maire répète ses arguments de même que son adjoint le fait chaque jour.")
    assert found == []
