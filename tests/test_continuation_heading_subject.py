"""A heading label run into the next sentence by a lost line break ("… », prévient-il. Mise à jour
— 16:50 (UTC) : X affirme …") is parsed as the subject of the speech verb, the name hung on it:
the bare noun (no determiner) designates nobody, and the name it carries takes the floor for the
quotation that follows (nlp/continuations.py speaker_before). Invented sentences."""


def test_bare_heading_noun_hands_the_floor_to_its_name(analyze):
    text = ("Un titre sans rapport\n\n"
            "Dans l'entretien, Jean-Marc Le Goff revient sur le parti, la fiscalité, ainsi que l'école. « Le "
            "maître sera l'impôt. Si rien ne change, ce sera la faillite », prévient-il. Mise à jour — 16:50 "
            "(UTC) : Jean-Marc Le Goff affirme dans son blog vidéo hebdomadaire qu'il voulait qualifier son "
            "rival de « petit notable », et non de « notable ». « Le mot exact, c'est un petit notable de "
            "province », tente-t-il de corriger au cours de sa vidéo.")
    article = analyze(text, published="2012-07-06")
    speakers = [q.speaker.name for q in article.quotes if q.text.startswith("Le mot exact")]
    assert speakers == ["Jean-Marc Le Goff"]
