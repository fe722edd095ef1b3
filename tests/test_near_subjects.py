"""A cue whose parsed subject cannot speak (a fronted adjunct, "Côté tunisien, le ministre …"; a
noun of an apposition before the subject) takes the noun phrase right before it as its subject
(nlp/near_subjects.py); community figures ("un notable") can speak. Invented sentences."""


def test_fronted_side_adjunct_is_no_subject(reports):
    found = reports("Côté tunisien, le ministre des Affaires étrangères Nabil Ammar a salué une « avancée majeure ».")
    assert found == [("une « avancée majeure »", "Nabil Ammar", "a salué")]


def test_subject_after_an_apposition_of_the_adjunct(reports):
    found = reports("Après que Caritas eut dressé un bilan des dégâts à Jacmel, les quartiers les plus touchés par "
                    "la tempête, le PAM et Caritas ont constaté que la plupart des familles dépendent de la radio.")
    assert [(words, cue) for words, _, cue in found] == [
        ("la plupart des familles dépendent de la radio", "ont constaté")]
    assert "PAM" in found[0][1]


def test_a_notable_speaks(reports):
    found = reports("Un notable de la région, sous couvert d'anonymat, raconte que « les pluies ont tout emporté ».")
    assert found == [("« les pluies ont tout emporté »", "Un notable de la région", "raconte")]


def test_evidence_still_says_nothing(reports):
    assert reports("Les analyses du laboratoire indiquent que le patient a été empoisonné.") == []
