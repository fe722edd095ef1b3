"""A medium's title in marks after "selon" or "d'après", alone or after a determiner and a media
noun ("Selon « Le Temps », …", "D'après le quotidien « Handelsblatt », …"), ends the marker's phrase
and names its speaker; the reported words are the clause after its comma (marker_phrases._title_end,
titled_speaker). A title after a preposition stays inside a longer phrase. Invented sentences."""

TEXTS = {
    "bare": "Selon « Le Courrier », la commune pourrait fermer deux écoles d'ici à la rentrée.",
    "noun": "D'après le quotidien financier « Handelsblatt », plusieurs banques envisageraient de fusionner.",
    "mixed": "Selon le « Tages-Anzeiger », le maire « n'a rien vu venir » dans ce dossier.",
    "titled_study": "Selon l'étude « Global Trends », les inégalités augmentent encore.",
    "study": "Selon un rapport de l'INSEE sur « Les revenus des ménages », la crise a frappé les plus pauvres.",
}


def test_a_title_in_marks_names_the_marker_speaker(analyzed):
    articles = analyzed(TEXTS, headline=True)
    found = {key: [(q.text, q.type, q.cue.text, a.text[q.speaker.start:q.speaker.end]) for q in a.quotes]
             for key, a in articles.items()}
    assert found["bare"] == [("la commune pourrait fermer deux écoles d'ici à la rentrée", "indirect", "Selon",
                              "Le Courrier")]
    assert found["noun"] == [("plusieurs banques envisageraient de fusionner", "indirect", "D'après",
                              "Handelsblatt")]
    assert found["mixed"] == [("le maire « n'a rien vu venir » dans ce dossier", "mixed", "Selon", "Tages-Anzeiger")]
    assert found["study"][0][:3] == ("la crise a frappé les plus pauvres", "indirect", "Selon")


def test_a_title_after_a_noun_of_no_medium_names_no_speaker(analyzed):
    article = analyzed(TEXTS, headline=True)["titled_study"]
    speakers = [article.text[q.speaker.start:q.speaker.end] for q in article.quotes if q.speaker]
    assert "Global Trends" not in speakers
