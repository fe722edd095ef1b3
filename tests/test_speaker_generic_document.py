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
