"""A bare role description that is a clause's subject does not stand for a person named in a
prepositional adjunct of its own sentence ("Lors d'une rencontre avec X …, le ministre a
déclaré": the minister is someone else) (nlp/descriptions.py _named_in_adjunct). Invented
sentences."""


def test_description_is_not_the_person_met(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – La réforme divise.\n\n"
            "Lors d'une rencontre avec Gérard Morin lundi à Paris, le ministre a déclaré que la réforme "
            "serait « rapide ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.actor for q in article.quotes] == [None]
    assert [q.speaker.name for q in article.quotes] == ["le ministre"]


def test_description_still_takes_up_the_earlier_subject(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – Gérard Morin a présenté la réforme lundi.\n\n"
            "Le ministre a déclaré que la réforme serait « rapide ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Gérard Morin"]
