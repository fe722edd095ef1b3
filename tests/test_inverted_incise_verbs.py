"""Press incises with an inverted subject pronoun (issue 10): a speech verb that is also a noun
("nuance-t-il", read as the noun "nuance") is a verb when an inverted pronoun follows it, so the
quotation it opens is attributed (nlp/verb_tags.py); and the reflexive clitic of an incise after
the closing mark ("», s'indigne-t-il") is part of the verb, not its subject (nlp/quote_incises.py).
Invented sentences."""


def test_an_inverted_noun_like_verb_opens_the_quotation(analyzed):
    article = analyzed({"nuance": "Le député Marc Pillonel a salué le projet. Mais, nuance-t-il, "
                                  "« il faudra des moyens sur plusieurs années ». "})["nuance"]
    found = [(q.text, q.speaker.name) for q in article.quotes]
    assert found == [("il faudra des moyens sur plusieurs années", "Marc Pillonel")]


def test_the_reflexive_clitic_of_an_incise_is_no_speaker(analyzed):
    article = analyzed({"indigne": "La députée Alice Renard a pris la parole. "
                                   "« Les ouvriers ont tout donné à cette usine », s'indigne-t-elle."})["indigne"]
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("Les ouvriers ont tout donné à cette usine", "Alice Renard")]
