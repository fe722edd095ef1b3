"""A title whose complement coordinates two capitalised nouns with their determiners ("la secrétaire
d'État à la Jeunesse et la Culture, X") is X's role (roles._joins_complements); a role noun after
the conjunction is a second person's. Invented sentences."""

TEXT = ("Un titre sans rapport\n\nLa secrétaire d'Etat à la Jeunesse et la Culture, Claire Vandamme, et la ministre "
        "des Affaires étrangères, Sophie Lambrecht, ont signé lundi à Dakar un accord d'échanges.\n\n"
        "La secrétaire d'Etat a expliqué que trois cents étudiants partiraient dès l'automne.")


def test_a_title_with_coordinated_complements_is_the_role(analyze):
    article = analyze(TEXT, published="2024-05-02")
    vandamme = next(a for a in article.actors if a.name == "Claire Vandamme")
    assert vandamme.role == "secrétaire d'Etat à la Jeunesse et la Culture"


def test_a_second_person_after_a_conjunction_keeps_its_own_role(analyze):
    article = analyze("Un titre sans rapport\n\nLe ministre de la Santé et la porte-parole, Julie Martin, ont visité "
                      "l'hôpital.", published="2024-05-02")
    martin = next(a for a in article.actors if a.name == "Julie Martin")
    assert martin.role == "porte-parole"


def test_a_body_after_the_conjunction_is_no_complement_of_the_title(analyze):
    """'le Comité olympique' is a second speaker, not the minister's portfolio (review s54)."""
    article = analyze("Un titre sans rapport\n\n« Nous avançons », ont déclaré la ministre des Sports et le Comité "
                      "olympique, Anne Martin.", published="2024-05-02")
    martin = next(a for a in article.actors if a.name == "Anne Martin")
    assert "Comité" not in (martin.role or "")
