"""A definite organisation noun takes up the organisation whose name it opens ("l'Association
européenne des cheminots … l'association européenne a jugé"): the noun's earlier occurrence is
the first word of that name, not a description before it (descriptions.py, _antecedent).
Invented sentences."""


def test_an_organisation_noun_takes_up_the_name_it_opened(analyze):
    text = ("Rail\n\n"
            "3 mai 2018. – L'Association européenne des cheminots a tenu son congrès à Lille. "
            "L'association européenne a jugé la réforme « inacceptable ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Association européenne des cheminots"]
