"""A direct quote split by an incise between its two quotations ("« A », observe-t-il, « B »") gives
two entries with the same cue and speaker (GUIDELINES §2.3): the second quotation is no object of
the incise's verb, and it is no scare quote however short (nlp/marked_quotes._resumed_after_incise,
nlp/frames._inverted_subject). The texts are invented."""


def _quotes(analyze, sentence):
    text = "Tensions au port\n\nL'économiste Paul Morin suit le dossier. " + sentence
    return analyze(text, published="2021-03-02").quotes


def test_the_quotation_after_an_inverted_pronoun_incise_is_the_rest_of_the_quote(analyze):
    quotes = _quotes(analyze, "« Le pouvoir sait que la crise est commode », observe-t-il, "
                              "« mais la population paiera la facture. »")
    assert [(q.text, q.type) for q in quotes] == [
        ("Le pouvoir sait que la crise est commode", "direct"), ("mais la population paiera la facture.", "direct")]
    assert {q.cue.text for q in quotes} == {"observe"} and {q.speaker.name for q in quotes} == {"Paul Morin"}


def test_a_quotation_after_dit_il_is_direct_not_a_quoted_object(analyze):
    quotes = _quotes(analyze, "« Nous avons attendu trop longtemps », dit-il, « et nous paierons le prix. »")
    assert [(q.text, q.type) for q in quotes] == [
        ("Nous avons attendu trop longtemps", "direct"), ("et nous paierons le prix.", "direct")]


def test_a_named_incise_splits_the_quote_too(analyze):
    quotes = _quotes(analyze, "« Le port vivra », affirme le maire Jean Roux, « si l'État tient parole. »")
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Le port vivra", "Jean Roux"), ("si l'État tient parole.", "Jean Roux")]
