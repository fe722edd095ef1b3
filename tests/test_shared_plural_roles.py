"""A plural role before coordinated names ("les ministres des Affaires étrangères X et Y") is
each one's role (shared_roles.py), with no gender of its own; a feminine description ("la cheffe
de la diplomatie") then takes up the woman of them, not the man a given name shows
(ActorIndex.agrees). Invented sentences."""

TEXT = ("Le Togo et le Bénin signent un accord frontalier\n\n"
        "Le Togo et le Bénin ont signé jeudi à Lomé un accord sur leur frontière. Le texte a été paraphé "
        "par les ministres des Affaires étrangères Mireille Adjovi et Jacques Koffigoh, en présence de "
        "diplomates européens.\n\n"
        "« C'est un jour que nous attendions depuis longtemps », a déclaré la cheffe de la diplomatie.")


def test_plural_role_is_shared_by_the_coordinated_names(analyze):
    article = analyze(TEXT, published="2025-06-28", lang="fr")
    roles = {a.name: a.role for a in article.actors if a.kind == "person"}
    assert roles.get("Mireille Adjovi") == "ministre des Affaires étrangères"
    assert roles.get("Jacques Koffigoh") == "ministre des Affaires étrangères"


def test_feminine_description_takes_up_the_woman_of_them(analyze, speakers_of):
    article = analyze(TEXT, published="2025-06-28", lang="fr")
    assert speakers_of(article, "jour que nous attendions") == ["Mireille Adjovi"]


def test_names_in_a_role_s_complement_or_before_a_clause_share_no_role(analyze):
    # the names complement the role ("de X"), a conjunction opens no name ("X et donc"), and a
    # particle after a conjunction is a preposition ("et de X")
    article = analyze("Le parti se divise\n\nLe mouvement rallie des adversaires du second mandat de Paul Kadima "
                      "et donc de sa réforme. Le drame rappelle le meurtre du couple de gendarmes belges de "
                      "Verviers et de Marc Dubois en 2019.", published="2025-06-28", lang="fr")
    roles = {a.name: a.role for a in article.actors if a.kind == "person"}
    assert roles.get("Paul Kadima") is None
    assert roles.get("Marc Dubois") is None


def test_a_shared_plural_role_keeps_its_gender_in_the_singular(analyze):
    article = analyze("Visite d'État\n\nLes présidents étaient accompagnés de leurs épouses respectives Aline Moreau "
                      "et Julia Berger.", published="2025-06-28", lang="fr")
    roles = {a.name: a.role for a in article.actors if a.kind == "person"}
    assert roles.get("Julia Berger") == "épouse respective"
