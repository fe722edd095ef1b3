"""A periphrasis of an office that names its state ("le chef du Kremlin" = the president of
Russia, role_synonyms.tsv) takes up the person of that state whose title leaves the state out
("président"), not a holder of the same title elsewhere (nlp/descriptions.py). Invented sentences."""


def test_the_kremlin_chief_is_the_russian_president(analyze, speakers_of):
    text = ("Sommet\n\n2 mars 2022. – Joe Biden et Vladimir Poutine se sont parlé mercredi à Vienne.\n\n"
            "« Rien n'a changé », a assuré le chef du Kremlin devant la presse.")
    article = analyze(text, published="2022-03-02", lang="fr")
    assert speakers_of(article, "Rien n'a changé") == ["Vladimir Poutine"]


def test_the_white_house_tenant_is_the_american_president(analyze, speakers_of):
    text = ("Sommet\n\n2 mars 2022. – Joe Biden et Vladimir Poutine se sont parlé mercredi à Vienne.\n\n"
            "« Rien n'a changé », a assuré le locataire de la Maison Blanche devant la presse.")
    article = analyze(text, published="2022-03-02", lang="fr")
    assert speakers_of(article, "Rien n'a changé") == ["Joe Biden"]
