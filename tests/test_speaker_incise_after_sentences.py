"""An incise pronoun after reported words of several sentences ("« A. B », prévient-il") reaches
for the subject of the sentence before the words open, not of the words' own first sentence
(nlp/antecedents.py _previous_subject). Invented sentences."""


def test_pronoun_after_two_quoted_sentences_takes_the_subject_before_them(analyze):
    text = ("Conseil\n\n"
            "3 mai 2019. – « C'est la fin », a dit Jean Dupont, président du groupe.\n\n"
            "Dans l'interview, Paul Martin revient sur le parti, la démographie, ainsi que la ville. "
            "« Le maire sera seul. Ce sera la fin », prévient-il.")
    article = analyze(text, published="2019-05-03", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Le maire sera seul. Ce sera la fin"] == "Paul Martin"
