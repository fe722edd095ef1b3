"""The medium an interview is held with is its channel ("dans un entretien avec Le Monde", "en
entrevue avec BFM TV"), not any medium after "avec" (nlp/sources.py, role interview_preposition).
Invented sentences."""


def test_interview_with_a_medium_cites_it(analyze):
    text = ("Réforme\n\n"
            "3 mai 2019. – Dans un entretien avec Le Monde, le ministre Paul Marchand a affirmé que la réforme "
            "serait votée.\n\n"
            "En entrevue avec BFM TV, le maire Jean Valois a déclaré : « Il y avait du sang partout. »")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [s.name for s in article.sources] == ["Le Monde", "BFM TV"]


def test_working_with_a_medium_cites_nothing(analyze):
    text = ("Portrait\n\n"
            "3 mai 2019. – Le ministre Paul Marchand a travaillé avec Le Monde pendant dix ans.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert article.sources == []
