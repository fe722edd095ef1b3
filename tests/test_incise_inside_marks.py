"""An incise that splits words in quotation marks (nlp/quote_incises.incise_inside): a compound
verb whose pronoun is inverted before the participle, a noun-phrase subject, and an incise that
closes the first sentence of the words, a second one following in the same marks (GUIDELINES §2.3:
two entries with the same speaker and cue). Real French model; the sentences are invented."""

TEXTS = {
    "compound": "Le général parle. « Moi, a-t-il expliqué, je crois que le conseil se sert de la loi. »",
    "full_stop": "Le maire a inauguré le pont lundi.\n\n« Ce pont n'est pas une fin, a déclaré le maire "
                 "de la commune. C'est un début pour tout le quartier. » Il a ajouté que les travaux "
                 "reprendront en mai.",
    "pronoun_full_stop": "La syndicaliste est en colère. « Les usines ferment, a-t-elle expliqué. "
                         "Personne ne bouge. »",
    "simple": "Le général parle. « Moi, dit-il, je crois que le conseil se sert de la loi. »",
}


def _quotes(analyzed, name):
    article = analyzed(TEXTS, headline=True)[name]
    return [(q.text, q.type, q.cue.text if q.cue else None) for q in article.quotes]


def test_compound_incise_with_inverted_pronoun_splits_the_quotation(analyzed):
    assert _quotes(analyzed, "compound") == [
        ("Moi", "direct", "a-t-il expliqué"),
        ("je crois que le conseil se sert de la loi.", "direct", "a-t-il expliqué")]


def test_incise_closing_a_sentence_inside_the_marks_gives_two_quotes(analyzed):
    found = _quotes(analyzed, "full_stop")
    assert found[:2] == [("Ce pont n'est pas une fin", "direct", "a déclaré"),
                         ("C'est un début pour tout le quartier.", "direct", "a déclaré")]
    article = analyzed(TEXTS, headline=True)["full_stop"]
    speaker = article.quotes[0].speaker
    assert article.text[speaker.start:speaker.end] == "le maire de la commune"


def test_inverted_pronoun_incise_closing_a_sentence(analyzed):
    assert _quotes(analyzed, "pronoun_full_stop") == [
        ("Les usines ferment", "direct", "a-t-elle expliqué"),
        ("Personne ne bouge.", "direct", "a-t-elle expliqué")]


def test_simple_incise_still_splits(analyzed):
    assert _quotes(analyzed, "simple") == [
        ("Moi", "direct", "dit"), ("je crois que le conseil se sert de la loi.", "direct", "dit")]
