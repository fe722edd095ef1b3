"""The Swiss press calls a federal councillor the minister of his department ("le ministre des
finances"): the gazetteer gives the councillors their departments by year, so the description takes
up the councillor the article named under another title. Invented sentences."""

TEXT = ("Visite à Pékin\n\n"
        "Le président de la Confédération, Ueli Maurer, a été reçu lundi par le président Xi Jinping. "
        "Dans un communiqué, le département souligne que le texte est prudent.\n\n"
        "Le ministre des finances a défendu une démarche prudente. « Nous parlons avec tout le monde », "
        "a-t-il déclaré devant la presse.")


def test_department_description_takes_up_the_councillor(analyze, speakers_of):
    article = analyze(TEXT, published="2019-04-29", lang="fr")
    assert speakers_of(article, "tout le monde") == ["Ueli Maurer"]


def test_not_before_he_held_the_department(analyze, speakers_of):
    article = analyze(TEXT, published="2012-04-29", lang="fr")
    assert speakers_of(article, "tout le monde") != ["Ueli Maurer"]
