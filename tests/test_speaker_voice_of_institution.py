"""An institution that speaks "par la voix de" one of its people stays the speaker (GUIDELINES
§2.7: institutions stay institutions), whether the parse keeps the subject or loses it; a
description with a name in apposition is still that person (nlp/lost_subjects.py). Invented
sentences."""


def test_the_institution_speaks_through_its_spokesperson(analyze):
    text = ("Réforme\n\n"
            "3 mai 2018. – Le gouvernement, par la voix de son porte-parole Paul Blanc, a déclaré que la "
            "réforme serait maintenue.\n\n"
            "Le ministère de la Santé, par la voix de sa porte-parole Anne Morel, a indiqué que « la "
            "situation est sous contrôle ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le gouvernement", "Le ministère de la Santé"]


def test_a_name_in_apposition_still_speaks(analyze):
    text = ("Secours\n\n"
            "3 mai 2018. – L'un des porte-parole des équipes de secours, Marc Petit, a annoncé que les "
            "recherches continuaient.")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Marc Petit"]
