"""A bare institution noun takes up the seat named before it (seat_descriptions.py, pack
seat_nouns.tsv): "l'Élysée … a réagi la présidence" is the Élysée, "Matignon … le gouvernement"
Matignon; a noun with its own complement names its own body, and a seat named long before is not
taken up. Invented sentences."""


def test_presidency_takes_up_the_elysee(analyze):
    text = ("Crise\n\n"
            "Le président du Brésil a critiqué la France. Dans la foulée, l'Elysée a convoqué l'ambassadeur "
            "du Brésil.\n\n"
            "« Ces propos sont indignes », a réagi la présidence.")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Elysée"]


def test_government_takes_up_matignon_but_not_a_complemented_ministry(analyze):
    text = ("Budget\n\n"
            "Matignon a présenté mardi le budget. Les dépenses baisseront de deux milliards, a précisé le "
            "gouvernement. Les hôpitaux seront épargnés, a assuré le ministère de la Santé.")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Matignon", "le ministère de la Santé"]
