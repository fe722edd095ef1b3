"""A role whose noun phrase goes on with an adjective and a participle's complement before the
name in apposition ("La conseillère d'État vaudoise chargée de la santé, X,") is that person's role:
the participle modifies the noun, it opens no clause (nlp/roles.py role_before_comma). Real French
model; the sentences are invented."""

PUBLISHED = "2023-05-03"


def test_a_participle_after_the_role_noun_stays_in_the_role(analyze):
    article = analyze("Un titre sans rapport\n\nLausanne, 3 mai 2023. La conseillère d'État vaudoise chargée de "
                      "la santé, Anne Moret, a présenté le plan. « Il faut agir », a-t-elle dit.", published=PUBLISHED)
    person = next(a for a in article.actors if a.id == "person:anne-moret")
    assert person.role == "conseillère d'État vaudoise chargée de la santé"


def test_the_role_then_takes_up_its_holder(speaker_ids):
    text = ("Un titre sans rapport\n\nNamur, 3 mai 2023. Le ministre wallon chargé de l'emploi, Luc Perrin, a "
            "présenté un plan. Paul Girard a critiqué le texte.\n\n"
            "Le ministre chargé de l'emploi a répondu que les entreprises seraient consultées.")
    assert speaker_ids(text, PUBLISHED)["les entreprises seraient consultées"] == "person:luc-perrin"


def test_a_fronted_participle_clause_is_no_role(analyze):
    article = analyze("Un titre sans rapport\n\nInterrogé par le ministre, Paul Girard a refusé de répondre.",
                      published=PUBLISHED)
    person = next(a for a in article.actors if a.id == "person:paul-girard")
    assert person.role is None
