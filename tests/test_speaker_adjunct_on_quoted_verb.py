"""A participial adjunct after an incise that the parse hangs on a verb of the direct words before
it: its subject is not the quoted subject ("Notre pays"), and no pronoun takes that subject up;
whoever says the words speaks the adjunct (speakers._in_words_before). Invented sentences."""

TEXT = ("Le chef de la délégation géorgienne, Levan Beridze, a dénoncé \"une décision injuste\". Peu après, "
        "ses collègues ont quitté la salle. \"Nous quittons cette assemblée. Notre pays ne tolérera pas ce "
        "mépris\", a-t-il ajouté, en désignant l'Allemagne comme \"l'instigatrice\" du texte.")


def test_the_incise_pronoun_is_not_the_quoted_subject(reports):
    found = reports(TEXT)
    assert [speaker for _, speaker, _ in found] == ["Levan Beridze"] * 3
