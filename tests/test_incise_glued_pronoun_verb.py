"""A speech verb with its inverted subject pronoun glued after it ("estime-t-il") is a verb whatever
the tagger calls it: after a passive clause and a comma the small French model reads "estime" as an
adverb, and the incise was lost (nlp/lexicon._glued_inverted). The texts are invented."""


def _quotes(analyze, sentence):
    text = "Crise au port\n\nLe chercheur Paul Morin suit le dossier depuis dix ans. " + sentence
    return analyze(text, published="2021-03-02").quotes


def test_an_incise_after_a_passive_clause_reports_it(analyze):
    quotes = _quotes(analyze, "Ces espoirs ont été déçus, estime-t-il.")
    assert [(q.text, q.type, q.cue.text) for q in quotes] == [("Ces espoirs ont été déçus", "indirect", "estime")]
    assert quotes[0].speaker.name == "Paul Morin"


def test_the_noun_with_no_pronoun_glued_after_it_is_still_no_cue(analyze):
    quotes = _quotes(analyze, "Il a gagné l'estime des habitants du quartier.")
    assert quotes == []
