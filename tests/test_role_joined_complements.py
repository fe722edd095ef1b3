"""A title whose complements a conjunction joins keeps its whole role before the name, with no
comma ("le secrétaire d'Etat à l'Asile et la Migration X", "la ministre de l'Europe et des Affaires
étrangères X"; roles.role_before reads the conjunction as role_before_comma does). Invented sentences."""


def _person(article, name):
    return next(a for a in article.actors if a.kind == "person" and a.name == name)


def test_conjunction_and_determiner_inside_a_title(analyze, speakers_of):
    text = ("Le Parlement vote la réforme\n\n"
            "Le Parlement a voté mardi. Le secrétaire d'Etat à l'Asile et la Migration Nathan Vervoort a expliqué "
            "que la loi serait appliquée dès l'été.")
    article = analyze(text, published="2024-05-02", lang="fr")
    assert _person(article, "Nathan Vervoort").role == "secrétaire d'Etat à l'Asile et la Migration"
    assert speakers_of(article, "la loi serait appliquée") == ["Nathan Vervoort"]


def test_conjunction_and_preposition_inside_a_title(analyze):
    text = ("Un texte qui divise\n\n"
            "La ministre de l'Europe et des Affaires étrangères Catherine Colonna a jugé que le texte était "
            "« équilibré ».")
    article = analyze(text, published="2024-05-02", lang="fr")
    assert _person(article, "Catherine Colonna").role == "ministre de l'Europe et des Affaires étrangères"


def test_a_second_speaker_joined_by_the_conjunction_is_no_complement(analyze):
    text = ("Les Jeux approchent\n\n"
            "La ministre des Sports et le Comité olympique Léa Marchand ont présenté le calendrier mardi.")
    article = analyze(text, published="2024-05-02", lang="fr")
    roles = [a.role for a in article.actors if a.kind == "person"]
    assert all(r is None or "Comité" not in r for r in roles)
