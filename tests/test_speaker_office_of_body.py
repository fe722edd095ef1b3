"""A role noun whose complement names a body ("le président de la commission des Finances", "du
conseil d'administration") is an office of that body, not the bare role a person was introduced
with ("le président X", the head of state); "le président de la République" still is
(nlp/office_titles.contradicted, office_bodies.txt). Invented sentences."""

HEAD = ("Budget\n\n"
        "3 mai 2019. – Le président Paul Lenoir a reçu les syndicats mardi au palais. Les discussions ont "
        "porté sur les retraites.\n\n")


def test_the_president_of_a_commission_is_not_the_head_of_state(analyze):
    text = HEAD + "« Ce budget n'est pas sincère », a déclaré le président de la commission des Finances de l'Assemblée."
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] != ["Paul Lenoir"]


def test_the_president_of_a_board_is_not_him_either(analyze):
    text = HEAD + "Selon le président du conseil d'administration de la société, les comptes sont équilibrés."
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] != ["Paul Lenoir"]


def test_the_president_of_the_republic_still_is(analyze):
    text = HEAD + "« Ce budget est juste », a déclaré le président de la République."
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Lenoir"]
