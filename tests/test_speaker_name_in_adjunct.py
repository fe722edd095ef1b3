"""A name inside a prepositional adjunct of the subject, after a role noun ("interrogé par le
journaliste X", "après une rencontre avec le président du Sénat X"), is no apposition closing the
subject: the description speaks, and a pronoun after it goes on with it (nlp/lost_subjects.py
named_after_description). Invented sentences."""


def test_agent_of_the_subject_participle_does_not_speak(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – Le ministre, interrogé par le journaliste Paul Durand, a déclaré que la "
            "réforme serait « rapide ». Il a ajouté que le calendrier serait « tenu ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le ministre", "Le ministre"]


def test_name_in_a_complement_of_the_subject_does_not_speak(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – Le ministre de l'Économie, après une rencontre avec le président du Sénat "
            "Gérard Morin, a déclaré que la réforme serait « rapide ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le ministre de l'Économie"]
