"""A periphrasis that names an office by its seat ("le chef du Kremlin", role_synonyms.tsv) takes
up the holder of that office in the seat's state, not the latest president named from another
state. Invented sentences."""

TEXT = ("À Helsinki, les deux présidents se parlent sans se réconcilier\n\n"
        "Le sommet entre Vladimir Poutine et Donald Trump, lundi à Helsinki, n'a pas produit de percée, "
        "mais les deux présidents sont convenus de poursuivre le dialogue.\n\n"
        "« Nous avons eu une discussion franche », a assuré {description} devant la presse.")


def test_seat_periphrasis_takes_up_the_holder_of_that_state(analyze, speakers_of):
    article = analyze(TEXT.format(description="le chef du Kremlin"), published="2018-07-17", lang="fr")
    assert speakers_of(article, "discussion franche") == ["Vladimir Poutine"]


def test_seat_of_another_state_is_not_taken_up(analyze, speakers_of):
    article = analyze(TEXT.format(description="le chef du Kremlin").replace("Vladimir Poutine", "Emmanuel Macron"),
                      published="2018-07-17", lang="fr")
    assert speakers_of(article, "discussion franche") != ["Donald Trump"]
