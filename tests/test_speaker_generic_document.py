"""A generic document noun ("le document", "le texte") takes up any document named before ("un
rapport de X", "un communiqué de X"), so its author speaks; a specific noun ("le rapport") still
takes up its own noun only (generic_document_nouns.txt, nlp/document_authors.py). Invented sentences."""


def test_the_document_takes_up_an_earlier_report(analyze, speakers_of):
    text = ("Trains\n\nBerne, 8 mars 2023. Les retards ont doublé en un an, selon un rapport de la Litra, "
            "l'association des entreprises de transport. La ponctualité est tombée à 89 %, indique le document.")
    assert speakers_of(analyze(text, published="2023-03-08", lang="fr"), "tombée à 89") == ["Litra"]


def test_the_text_takes_up_an_earlier_statement(analyze, speakers_of):
    text = ("Santé\n\nParis, 8 mars 2023. Le ministère de la Santé a publié mardi un communiqué sur la grippe. "
            "Selon le texte, l'épidémie a atteint son pic dans le Nord.")
    assert speakers_of(analyze(text, published="2023-03-08", lang="fr"), "atteint son pic") == ["Le ministère de la Santé"]


def test_the_text_takes_up_a_statement_its_author_spoke_in(analyze, speakers_of):
    # "Dans un communiqué, X affirme …": X wrote the statement the text takes up
    text = ("Pêche\n\nOslo, 12 mai 2024. Dans un communiqué, le ministère norvégien de la Pêche affirme que les quotas "
            "seront revus à la baisse. Le texte évoque aussi « une saison difficile » pour les pêcheurs du Nord.")
    assert speakers_of(analyze(text, published="2024-05-12", lang="fr"), "une saison difficile") == \
        ["le ministère norvégien de la Pêche"]


def test_the_text_takes_up_a_statement_after_an_incise(analyze, speakers_of):
    text = ("Pêche\n\nOslo, 12 mai 2024. « Les stocks sont en danger », a déclaré le ministère norvégien de la Pêche "
            "dans une lettre aux armateurs. Le texte réclame « un effort de tous » avant l'été.")
    assert speakers_of(analyze(text, published="2024-05-12", lang="fr"), "un effort de tous") == \
        ["le ministère norvégien de la Pêche"]


def test_the_text_takes_up_a_statement_of_a_body(analyze, speakers_of):
    # "le communiqué du ministère": the body a speaker noun heads wrote it, though written in lower case
    text = ("Frontière\n\nAlger, 12 mai 2024. Le ministère de la Défense a fermé la frontière sud. Selon le communiqué "
            "du ministère, des tirs ont visé un poste. Les assaillants « venaient du nord », précise le texte.")
    found = speakers_of(analyze(text, published="2024-05-12", lang="fr"), "venaient du nord")
    assert found and "ministère" in found[0]
