"""A noun spelt like an infinitive ("un supporter", "ce souvenir") that the tagger reads as a verb
is a noun when an indefinite or demonstrative determiner opens it (verb_tags): an inverted
subject "…, a crié un supporter" is the speaker, not its determiner alone. Invented sentences."""


def test_inverted_subject_spelt_as_infinitive(analyze):
    text = ("Football : la fête à Lubumbashi\n\n"
            "Lubumbashi, 4 mars 2024. Des centaines de fans ont envahi les rues, a rapporté la gendarmerie "
            "locale. « Nous n'avions jamais vu une telle ambiance », a crié un supporter sur la place du marché.")
    article = analyze(text, published="2024-03-04", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Nous n'avions jamais vu une telle ambiance"] == "un supporter"


def test_object_clitic_before_infinitive_stays_a_verb(analyze):
    # "le" before an infinitive is an object pronoun: the infinitive stays a verb
    from newsgraph.nlp.pipeline import load_pipeline
    doc = load_pipeline("fr")("Le club a décidé de le supporter jusqu'au bout.")
    supporter = next(t for t in doc if t.lower_ == "supporter")
    assert supporter.pos_ == "VERB"
