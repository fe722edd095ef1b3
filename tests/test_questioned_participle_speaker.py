"""A participle of questioning ("interrogé", "joint") is answered by whom it was put to: "X,
interrogé par la radio, maintient : « … »" is X's, the "par" agent only asked
(nlp/cue_readings.py, pack questioned_participles.txt). Invented sentence."""


def test_the_questioned_answers_not_the_medium_that_asked(analyze):
    text = ("Pêche\n\n"
            "Le président de la commission de la Pêche du Parlement, interrogé par la radio publique, "
            "maintient sa position : « Nous ne céderons rien sur les quotas. »")
    article = analyze(text, published="2022-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le président de la commission de la Pêche du Parlement"]
