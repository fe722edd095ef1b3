"""A possessed noun of any kind with a name in apposition is that person ("selon son producteur,
X,"), not a designation through its possessor ("producteur de <the person named before>").
Invented sentences."""


def test_possessed_noun_with_a_name_in_apposition(analyze, speakers_of):
    text = ("Mort d'un chanteur\n\n"
            "7 mars 2015. – Le chanteur lyonnais Paul Maurin est mort samedi à Lyon.\n\n"
            "Opéré deux fois en 2014, il souffrait de séquelles importantes. Selon son producteur, "
            "Jacques Vernier, son état de santé s'était fortement dégradé ces derniers jours.")
    article = analyze(text, published="2015-03-07", lang="fr")
    assert speakers_of(article, "état de santé") == ["Jacques Vernier"]
