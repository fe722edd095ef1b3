"""A sentence whose subject the parse hangs on an apposed adjective ("La sœur de X, présente au
procès, a pleuré": "présente" made a clause with "sœur" its subject) still has that subject for
an inverted pronoun of the next sentence to take up (antecedents._root_subjects), rather than
the speaker of an earlier paragraph. Invented sentences."""


def test_pronoun_takes_up_subject_before_apposed_adjective(analyze):
    text = ("Procès à Namur\n\n"
            "Namur, 5 mars 2023. L'accusé a reconnu les faits. « Je regrette », a-t-il dit.\n\n"
            "Le procureur Jean Dubois a requis dix ans. Le magistrat a souligné que l'accusé avait "
            "prémédité son geste.\n\n"
            "La sœur de la victime, présente au procès, a pleuré. « Il nous a tout enlevé », a-t-elle "
            "confié. (AFP)")
    article = analyze(text, published="2023-03-05", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Il nous a tout enlevé"] == "La sœur de la victime"
