"""A speech verb the tagger reads as a noun ("juge", "estime") still reports when an adverb stands
between it and its "que" ("La fédération juge toutefois que …"), and its speaker ends before it
where the parse hangs it on the subject as a modifier (cues._verb_cue). Real French model; the
sentence is invented."""

TEXTS = {
    "adverb": "La fédération juge toutefois que les propositions du gouvernement « restent insuffisantes ».",
    # a connector of several words ("pour sa part", pack list `connectors`) stands there as an adverb does
    "connector": "Le parti écologiste juge pour sa part que la réforme « ne sert à rien ».",
    # so does a connector of contrast ("au contraire", "à l'inverse")
    "contrast": "Le quotidien régional juge au contraire que la commune a pris « la seule voie possible ».",
}


def test_noun_tagged_verb_with_an_adverb_before_its_clause(analyzed):
    article = analyzed(TEXTS, headline=True)["adverb"]
    found = [(q.text, q.type, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert found == [("les propositions du gouvernement « restent insuffisantes »", "mixed", "juge",
                      "La fédération")]


def test_noun_tagged_verb_with_a_connector_before_its_clause(analyzed):
    article = analyzed(TEXTS, headline=True)["connector"]
    found = [(q.text, q.type, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert found == [("la réforme « ne sert à rien »", "mixed", "juge", "Le parti écologiste")]


def test_noun_tagged_verb_with_a_contrast_connector_before_its_clause(analyzed):
    article = analyzed(TEXTS, headline=True)["contrast"]
    found = [(q.text, q.type, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert found == [("la commune a pris « la seule voie possible »", "mixed", "juge", "Le quotidien régional")]
