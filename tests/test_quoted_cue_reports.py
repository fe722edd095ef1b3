"""A cue inside quotation marks whose governed words lie outside them ("qu'Ottawa « regrettait » le
rappel"): no empty quote among the records (extract.quote_records).
Invented sentence."""

def test_a_cue_quoted_alone_governs_no_words_outside_its_marks(analyze):
    text = ("Rappel\n\n3 mai 2019. – Le bureau de la ministre a fait savoir qu'Ottawa « regrettait » le rappel "
            "des diplomates et restait « pleinement engagé » à régler le dossier.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.cue.text for q in article.quotes] == ["a fait savoir"]
    assert all(q.text for q in article.quotes)
