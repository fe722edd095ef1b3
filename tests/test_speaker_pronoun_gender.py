"""A gendered pronoun never goes to someone of the other known gender: not through a description a
pronoun took up ("Le ministre … Il a déclaré … Elle a répondu"), not as the paragraph's speaker, not
as the person named most often (nlp/antecedents.py speaker_agrees, _most_mentioned; speakers.py
resolve). Invented sentences."""


def test_elle_skips_the_minister_taken_up_by_il(analyze):
    text = ("Région\n\n"
            "3 mai 2017. – Le ministre a rencontré Claire Dubois, la présidente de la région. Il a "
            "déclaré que la rencontre était « utile ». Elle a répondu que le dialogue était « renoué ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le ministre", "Claire Dubois"]


def test_elle_is_not_the_man_who_spoke(analyze):
    text = ("Région\n\n"
            "3 mai 2017. – Jean Dupont a déclaré que le projet était « prêt ». « Nous avancerons », "
            "a-t-elle ajouté.")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert article.quotes[-1].speaker.actor != "person:jean-dupont"


def test_il_is_not_the_only_woman_named(analyze):
    text = ("Région\n\n"
            "3 mai 2017. – Marie Lefèvre a déclaré que le projet était « prêt » après une rencontre "
            "avec Paul Martin. « Nous avancerons », a-t-il ajouté.")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert article.quotes[-1].speaker.actor != "person:marie-lefevre"
