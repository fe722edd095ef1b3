"""A definite regional or cantonal inhabitant's name ("le Flamand", "la Genevoise") takes up the
person whose role places them in that region ("le député flamand X"), not a salient person placed
elsewhere (affiliation_nouns.txt, descriptions._of_region). Invented sentences."""


def test_the_regional_noun_takes_up_the_person_of_that_region(analyze):
    text = ("Autonomie\n\n"
            "3 mai 2021. – « Ce projet est mal ficelé », a estimé le conseiller national genevois Pierre Morand.\n\n"
            "Le député flamand Jan Peeters a rencontré mardi la ministre Sophie Lambert. « Nous voulons plus "
            "d'autonomie », a insisté le Flamand.")
    article = analyze(text, published="2021-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Pierre Morand", "Jan Peeters"]


def test_a_cantonal_noun_is_an_affiliation(analyze):
    text = ("Budget\n\n"
            "3 mai 2021. – Le conseiller d'État argovien Paul Keller a présenté le budget. « Les comptes sont "
            "sains », a assuré l'Argovien.")
    article = analyze(text, published="2021-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Keller"]
