"""A medium is nobody's title: the person named after the comma that closes "selon la chaîne X,"
is the subject of the reported clause, not the medium's apposition (nlp/speakers.py). Invented
sentence."""


def test_the_name_after_a_marked_medium_is_not_the_speaker(analyze):
    text = ("Séisme\n\n"
            "Selon la chaîne qatarie Al Jazeera, le président Mateo Rivas devait se rendre sur place dès mardi.")
    article = analyze(text, published="2022-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Al Jazeera"]
