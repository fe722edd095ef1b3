"""A document with no author in its own phrase goes to its author (GUIDELINES §2.7): the subject of
the verb that issues it ("RTN a publié un communiqué affirmant …"; document_issuing_verbs.txt), or
the author an earlier mention gave, also after a marker ("selon un communiqué de X … le
communiqué"). Invented sentences."""


def test_the_subject_that_issues_a_document_speaks_through_it(analyze):
    text = ("Télévision\n\n"
            "3 mai 2018. – La chaîne RTN a licencié la journaliste Anne Morel. Pour se justifier, RTN a "
            "publié le lendemain un communiqué affirmant qu'elle avait refusé « un nouveau poste ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["RTN"]


def test_a_subject_that_only_receives_a_document_is_not_its_author(analyze):
    text = ("Télévision\n\n"
            "3 mai 2018. – Le ministère a reçu un rapport affirmant que la chaîne était « en faillite ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert "ministère" not in " ".join(q.speaker.name for q in article.quotes)


def test_the_document_takes_the_author_named_after_a_marker(analyze):
    text = ("Internet\n\n"
            "3 mai 2018. – Le réseau a été coupé selon un communiqué de Net Watch, un organisme de "
            "surveillance. « La coupure est totale dans le pays » peut-on lire dans le communiqué.")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert article.quotes[-1].speaker.name == "Net Watch"
