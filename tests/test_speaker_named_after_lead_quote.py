"""Words that open a paragraph and close their own sentence, with no cue, then a sentence whose
subject names a person ("« C'est une provocation. » La secrétaire générale du syndicat, Anne
Morel, n'a pas mâché ses mots."): that person speaks, not the speaker of an earlier paragraph
(nlp/continuations.named_after_words). Invented sentences."""

LEAD = ("Retraites\n\n"
        "3 mai 2019. – « Nous tiendrons bon », a déclaré le Premier ministre Paul Girard mardi.\n\n")


def test_the_person_subject_of_the_next_sentence_speaks(analyze):
    text = LEAD + ("« C'est une provocation. » La secrétaire générale du syndicat, Anne Morel, n'a pas "
                   "mâché ses mots face aux journalistes.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Girard", "Anne Morel"]


def test_a_person_only_in_a_complement_does_not(analyze):
    text = LEAD + "« C'est une provocation. » La grève a été votée par les employés de Marc Petit."
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Girard", "Paul Girard"]
