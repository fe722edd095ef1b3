"""A description that names its speaker after the head noun ("l'organisation Civiwatch") stands for that
name, not for the organisation that spoke last (nlp/descriptions.py). Invented sentences."""


def test_organisation_noun_with_its_own_name_is_not_the_last_speaker(analyze):
    text = ("Frappes dans le nord\n\n"
            "3 mai 2019. – La coalition a bombardé la ville.\n\n"
            "Ce « désastre » est déploré par les Nations unies. La situation reste difficile.\n\n"
            "Plus de 300 civils auraient été tués depuis le mois de mars, selon l'organisation Civiwatch. "
            "Les combats continuent.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = [q for q in article.quotes if q.text.startswith("Plus de 300")]
    assert quote.speaker.name == "Civiwatch"
    assert quote.speaker.actor is None


def test_shorter_own_name_takes_the_fuller_form_introduced_before(analyze):
    text = ("Grève à la poste\n\n"
            "3 mai 2019. – Le syndicat SUD-Rail a appelé à la grève. Plus tard, le syndicat SUD a estimé que "
            "la direction « refuse tout dialogue ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = [q for q in article.quotes if "dialogue" in q.text]
    assert quote.speaker.name == "SUD-Rail"
