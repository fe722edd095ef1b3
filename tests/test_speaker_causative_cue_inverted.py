"""The inverted subject after a speech verb of several words starts past its particle ("…, a fait
valoir la ministre.": the infinitive is no part of the speaker), and a prepositional phrase after
the cue is never the subject ("…, a-t-il fait remarquer devant la presse.": the press does not
speak; syntax.py np_after). Invented sentences."""


def _spoken(analyze, text):
    article = analyze(text, lang="fr")
    return [(q.cue.text, text[q.speaker.start:q.speaker.end]) for q in article.quotes if q.speaker]


def test_causative_infinitive_is_not_part_of_the_speaker(analyze):
    assert _spoken(analyze, "« Nous ne céderons pas », a fait valoir la ministre vaudoise.") == \
        [("a fait", "la ministre vaudoise")]
    assert _spoken(analyze, "« Le chantier reprendra lundi », a fait savoir le porte-parole de la commune.") == \
        [("a fait", "le porte-parole de la commune")]


def test_prepositional_phrase_after_inverted_pronoun_is_no_speaker(analyze):
    spoken = _spoken(analyze, "Le chantier reprendra lundi, a-t-il fait remarquer devant la presse.")
    assert all("presse" not in speaker for _, speaker in spoken)


def test_subject_after_a_prepositional_phrase_still_speaks(analyze):
    spoken = _spoken(analyze, "Le chantier reprendra lundi, a fait remarquer devant la presse le syndic de Morges.")
    assert [speaker for _, speaker in spoken] == ["le syndic de Morges"]
