""""Faire savoir" closes a report as an incise with its subject inverted ("…, a fait savoir le
ministère."), as "faire savoir que" opens one (pack speech_verbs.tsv). Invented sentences."""


def test_faire_savoir_as_an_incise(analyzed):
    article = analyzed({"savoir": "Les pourparlers sur la pêche reprendront à Dakar en juin, "
                                  "a fait savoir le ministère sénégalais des Pêches."})["savoir"]
    assert [(q.text, q.type, q.speaker.name) for q in article.quotes] == [
        ("Les pourparlers sur la pêche reprendront à Dakar en juin", "indirect", "le ministère sénégalais des Pêches")]
