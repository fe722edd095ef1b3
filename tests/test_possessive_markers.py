"""A marker that holds its speaker as a possessive ("À ses yeux, …", "À leur avis, …") attributes
the clause after it to whom the possessive takes up (attribution_markers.tsv `possessor`,
marker_reports.find_marker_reports, antecedents.of_pronoun). Invented sentences."""


def test_the_possessive_of_the_marker_is_the_speaker(analyze):
    text = ("Transports\n\n"
            "Interrogée sur la radio, la présidente de la région, Valérie Durand, a dénoncé la grève. "
            "À ses yeux, les syndicats « prennent les usagers en otage ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(q.speaker.name, q.type) for q in article.quotes] == [("Valérie Durand", "mixed")]


def test_a_plural_possessive_takes_up_several(analyze):
    text = ("Hôpitaux\n\n"
            "Les infirmières de l'hôpital de Lens ont manifesté lundi devant la préfecture. "
            "À leur avis, le manque de personnel met les patients en danger.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Les infirmières de l'hôpital de Lens"]
