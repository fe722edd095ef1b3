"""What a medium's own reporters saw ("…, a constaté Actualite.cd", "…, a constaté un journaliste de
l'AFP") is newsgathering, no quote, while the medium stays a source; a person who notes something
still reports (nlp/attribution._outlet_saw, lang/fr/witnessing_verbs.txt). Invented sentences."""


def test_a_medium_that_saw_is_no_speaker_but_a_source(analyze):
    text = ("Manifestation\n\n"
            "3 mai 2019. – Quelques dizaines de manifestants ont brûlé des drapeaux devant le consulat, "
            "a constaté Actualite.cd.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert article.quotes == [] or not any("drapeaux" in q.text for q in article.quotes)
    assert [s.name for s in article.sources] == ["Actualite.cd"]


def test_a_reporter_of_a_medium_that_saw_is_no_speaker(analyze):
    text = ("Manifestation\n\n"
            "3 mai 2019. – Des manifestants brandissaient des drapeaux russes, a constaté un journaliste "
            "de l'AFP.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert not any("drapeaux" in q.text for q in article.quotes)
    assert [s.name for s in article.sources] == ["AFP"]


def test_a_person_who_notes_still_reports(analyze):
    text = ("Tensions\n\n"
            "3 mai 2019. – Le ministre Paul Duval a constaté que la situation restait tendue.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("la situation restait tendue", "Paul Duval")]
