"""Frames (nlp/frames.py): "que" after an adverb that ends in a word blocking the complementizer
("affirme tout de même que …": "nevertheless", where "de même que" is a comparison) is the
cue's complementizer. Real French model; the sentences are invented."""

def test_tout_de_meme_before_que(reports):
    found = reports("Jean Dupont, un médecin belge, affirme tout de même que le virus n'est pas éradiqué.")
    assert found == [("le virus n'est pas éradiqué", "Jean Dupont", "affirme")]


def test_de_meme_que_is_still_a_comparison(reports):
    found = reports("Le maire répète ses arguments de même que son adjoint le fait chaque jour.")
    assert found == []


def test_an_adverb_alone_right_after_the_cue_leaves_que_to_it(reports):
    # "alors" is "then" here: "alors que" is no conjunction when the adverb follows the cue verb
    found = reports("Anne Durand, conseillère du maire, expliquait alors que « les gens verront trois changements majeurs ».")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Anne Durand", "expliquait")]
    assert "les gens verront" in found[0][0]


def test_alors_que_after_another_verb_is_still_a_conjunction(reports):
    assert reports("Le ministre a démissionné alors que le président affirmait le contraire.") == []
