"""A name in a fronted prepositional complement ("Face à X, le ministre a déclaré …", "Devant X
et Y, la porte-parole …") is no apposition of the description after the comma: that description
is the clause's subject and speaks (nlp/roles.py subject_after_fronted, descriptions.py).
Invented sentences."""


def _speakers(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2017-05-10", lang="fr")
    return article, [q.speaker.name for q in article.quotes]


def test_the_fronted_name_is_not_the_speaker(analyze):
    article, found = _speakers(analyze, "Face à Paul Leroux, le ministre a déclaré que la réforme serait maintenue.")
    assert found == ["le ministre"]
    assert [a.role for a in article.actors if a.name == "Paul Leroux"] == [None]


def test_the_description_takes_up_the_earlier_holder(analyze):
    _, found = _speakers(analyze, "Le ministre de l'Intérieur Marc Dubois est arrivé mardi. Face à Paul Leroux, "
                                  "le ministre a déclaré que la réforme serait maintenue.")
    assert found == ["Marc Dubois"]


def test_coordinated_fronted_names(analyze):
    _, found = _speakers(analyze, "Devant Paul Leroux et Jean Dupont, le porte-parole a indiqué que le "
                                  "dialogue continuerait.")
    assert found == ["le porte-parole"]


def test_a_true_apposition_still_names(analyze):
    article, found = _speakers(analyze, "Paul Leroux, le ministre des Finances, a déclaré que la réforme "
                                        "serait maintenue.")
    assert found == ["Paul Leroux"]
    assert [a.role for a in article.actors if a.name == "Paul Leroux"] == ["ministre des Finances"]


def test_a_noun_read_as_a_preposition_is_no_speaker(analyze):
    # the parse reads "Face" as a case marker and leaves the verb without a subject: the name in
    # apposition speaks, not the preposition's first word
    _, found = _speakers(analyze, "Face à la presse, Karin Keller-Sutter, conseillère fédérale, a affirmé : "
                                  "« Nous ne céderons pas. »")
    assert found == ["Karin Keller-Sutter"]
