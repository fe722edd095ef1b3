"""A periphrasis that names a minister by the seat of the ministry ("le locataire de Bercy",
"le locataire de Beauvau", role_synonyms.tsv) takes up the minister of that office, not the seat's
state, and not another person named just before. Invented sentences."""

TEXT = ("Contrôles renforcés dans les ports\n\n"
        "Le ministre de l'Economie, Paul Garnier, a reçu mardi la Première ministre, Anne Roussel. "
        "Interrogé sur France Info, Paul Garnier a promis des vérifications. "
        "« Chaque dossier sera examiné sans exception », a prévenu {description} devant les douaniers.")


def test_seat_of_ministry_takes_up_its_minister(analyze, speakers_of):
    article = analyze(TEXT.format(description="le locataire de Bercy"), published="2022-03-03", lang="fr")
    assert speakers_of(article, "examiné sans exception") == ["Paul Garnier"]


def test_seat_of_ministry_takes_up_no_other_minister(analyze, speakers_of):
    text = TEXT.format(description="le locataire de Beauvau")
    article = analyze(text, published="2022-03-03", lang="fr")
    assert speakers_of(article, "examiné sans exception") not in (["Paul Garnier"], ["Anne Roussel"])
