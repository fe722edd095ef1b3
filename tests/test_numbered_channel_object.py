"""A channel named with a number between a cue and its quoted object ("a salué sur France 24 une
« … »") does not hide the object (nlp/object_frames.py _after_addressee). Invented sentences."""


def _quotes(analyze, sentence):
    article = analyze("Politique\n\n4 mars 2021. – " + sentence, published="2021-03-04", lang="fr")
    return [(q.text, q.type, q.cue.text if q.cue else None) for q in article.quotes]


def test_a_channel_with_a_number_before_the_object(analyze):
    assert _quotes(analyze, "Le ministre Paul Ekra a salué sur France 24 une « étape historique ».") == [
        ("une « étape historique »", "mixed", "a salué")]
