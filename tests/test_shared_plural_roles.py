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
