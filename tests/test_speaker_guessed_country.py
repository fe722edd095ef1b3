"""A person's country read off the article's state or the sentence's scene is a guess
(FoundActor.country_guessed): a demonym in a description ("la cheffe de la diplomatie malienne",
"la Norvégienne") is not contradicted by it, while a country the person's own role gives still
rules them out (role_echoes.known_country). Invented sentences."""

HEAD = ("Washington : accord sur le fleuve\n\n"
        "Washington, 3 juin 2024. Les États-Unis ont accueilli à Washington une réunion sur le fleuve. "
        "Les États-Unis financeront les travaux, a précisé Washington. ")


def test_a_periphrasis_with_a_demonym_takes_up_a_minister_placed_by_guess(analyze, speakers_of):
    text = (HEAD + "La ministre des Affaires étrangères, Awa Traoré, a signé le texte.\n\n"
            "La cheffe de la diplomatie malienne a parlé d'« un jour attendu ».")
    assert speakers_of(analyze(text, published="2024-06-03", lang="fr"), "un jour attendu") == ["Awa Traoré"]


def test_a_demonym_noun_takes_up_the_speaker_whose_country_is_a_guess(analyze, speakers_of):
    text = (HEAD + "La commissaire européenne à l'Énergie, Ingrid Berg, a salué l'accord. « Nous serons vigilants », "
            "a-t-elle ajouté. La Norvégienne plaide pour « un suivi annuel » des travaux.")
    assert speakers_of(analyze(text, published="2024-06-03", lang="fr"), "un suivi annuel") == ["Ingrid Berg"]


def test_a_country_the_role_gives_still_rules_out(analyze, speakers_of):
    text = (HEAD + "Le ministre canadien de l'Énergie, Paul Martin, a salué l'accord. « Nous serons vigilants », "
            "a-t-il ajouté. Le Norvégien plaide pour « un suivi annuel » des travaux.")
    # the Canadian his role makes him is no "Norvégien": the description stays unresolved
    assert speakers_of(analyze(text, published="2024-06-03", lang="fr"), "un suivi annuel") == ["Le Norvégien"]
