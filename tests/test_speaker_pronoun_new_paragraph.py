"""A subject pronoun opening a paragraph's report takes up someone of its known gender named in
that paragraph after the last speaker's turn in an earlier paragraph ("Le sénateur X a critiqué
la ministre Y. Elle a répondu …": Y, not the woman who spoke a paragraph before), and still the
earlier speaker when nobody of that gender was named since (nlp/antecedents.py _named_since).
Invented sentences."""


def test_pronoun_takes_up_the_woman_named_in_its_paragraph(analyze):
    text = ("Réforme\n\n"
            "3 mai 2018. – Anne Morel a rencontré Paul Blanc à Paris. Elle a déclaré que la réunion "
            "était « constructive ».\n\n"
            "Le sénateur Marc Petit a critiqué la ministre Julie Roux. Elle a répondu que la réforme "
            "était « nécessaire ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Anne Morel", "Julie Roux"]


def test_pronoun_keeps_the_earlier_speaker_when_no_one_of_its_gender_was_named(analyze):
    text = ("Réforme\n\n"
            "3 mai 2018. – Anne Morel a rencontré Paul Blanc à Paris. Elle a déclaré que la réunion "
            "était « constructive ».\n\n"
            "Le sénateur Marc Petit a critiqué la réforme. Elle a répondu que la loi était "
            "« nécessaire ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Anne Morel", "Anne Morel"]
