"""Verbs of a remark's manner or mood written as an incise ("…, soupire X", "…, a tonné le
ministre X") introduce the quotation (speech_verbs.tsv, incise frame only): it was read as a
continuation of the sentence before's report, or lost. Invented sentences."""


def test_sigh_incise_names_its_speaker(analyze):
    text = ("Cognac\n\n"
            "Beaucoup rappellent que le président avait promis une exemption. « On nous avait dit que le cognac "
            "serait épargné », soupire Marie Lenoir, à la tête d'une petite maison de négoce.")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes][-1] == "Marie Lenoir"


def test_thundering_incise_names_its_speaker(analyze):
    text = ("Cognac\n\n"
            "Le ministre de l'Agriculture, Paul Marchand, a reçu les viticulteurs. La présidente du syndicat, "
            "Anne Roux, a demandé une aide. « Nous ne céderons pas au chantage », a tonné Paul Marchand devant "
            "la presse.")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes][-1] == "Paul Marchand"
