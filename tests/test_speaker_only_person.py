"""A bare definite description of a person ("l'universitaire", "le même chercheur") in an article
that names one person only takes that person up, paragraphs away and with no word of the role
the article gives in common (only_person.py); a contradicting gender keeps it as written.
Invented sentences."""


TEXT = ("Santé : une étude sur les pesticides\n\n"
        "3 octobre 2013, France. – Selon une étude de l'université de Rennes, les abeilles exposées "
        "meurent plus vite. « Les résultats sont nets », a expliqué à l'AFP Alain Quéré, professeur à "
        "l'université de Rennes, qui a dirigé l'étude.\n\n"
        "Trois cents ruches ont été suivies pendant deux ans dans quatre départements.\n\n"
        "Selon le même chercheur, les colonies exposées perdent la moitié de leurs ouvrières en un an.\n\n"
        "« Les pertes sont bien plus rapides au printemps », résume {description}.")


def test_bare_description_takes_up_the_only_person(analyze, speakers_of):
    article = analyze(TEXT.format(description="l'universitaire"), published="2013-10-03", lang="fr")
    assert speakers_of(article, "perdent la moitié") == ["Alain Quéré"]
    assert speakers_of(article, "pertes sont bien plus") == ["Alain Quéré"]


def test_a_contradicting_gender_keeps_the_description(analyze, speakers_of):
    article = analyze(TEXT.format(description="la chercheuse"), published="2013-10-03", lang="fr")
    assert speakers_of(article, "pertes sont bien plus") == ["la chercheuse"]
