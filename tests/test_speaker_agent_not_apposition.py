"""A person named as the agent of a participle on the subject ("Les sénateurs, emmenés par X, ont
qualifié …") is no apposition to the description: the description speaks, not X
(lost_subjects.named_after_description). Invented sentences."""


def test_the_agent_of_a_participle_on_the_subject_does_not_speak(analyze):
    text = ("La réforme des retraites divise le Parlement\n\n"
            "3 mai 2018. – Les sénateurs de l'opposition, emmenés par Marc Petit, ont qualifié le texte "
            "de « provocation ».")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Les sénateurs de l'opposition"]
