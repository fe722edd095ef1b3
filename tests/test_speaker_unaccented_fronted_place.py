"""A fronted place whose capital preposition lost its accent ("A Lyon," for "À Lyon,") is no part
of the speaker mention that the parse hangs it on: the noun phrase after its comma speaks
(speaker_mentions.clean_mention). Invented sentences."""


def test_fronted_place_without_accent_is_cut_from_the_speaker(analyze):
    text = ("Transports\n\n"
            "La grève a commencé lundi.\n\n"
            "A Genève, le Comité international de la Croix-Rouge (CICR) a dénoncé « une violation grave » et "
            "affirmé que les détenus devaient être libérés.")
    article = analyze(text, published="2021-03-02", lang="fr")
    names = [q.speaker.name for q in article.quotes]
    assert names and all(n.startswith("Comité international de la Croix-Rouge") for n in names), names


def test_auxiliary_a_still_opens_no_preposition(analyze):
    text = ("Transports\n\n"
            "A-t-il promis que les lignes rouvriraient ? Le maire de Lyon a affirmé que les bus rouleraient jeudi.")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes][-1:] == ["Le maire de Lyon"]
