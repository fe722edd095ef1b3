"""A name with a lower-case particle that the recogniser calls a place or an organisation
("Staffan de Mistura", "Bachar al-Jaafari") is a person when a role stands before it in
apposition (persons.looks_like_person), so the description takes it up; a place with such a
word before a role after it ("au Palais des Nations, l'envoyé …") stays a place. Invented sentences."""

TEXT = ("Les pourparlers de Genève s'achèvent sans accord\n\n"
        "GENÈVE – Après neuf jours de discussions au Palais des Nations, l'envoyé spécial de l'ONU pour la "
        "Syrie, Staffan de Mistura, a annoncé vendredi soir que les deux camps s'étaient mis d'accord sur "
        "un calendrier.\n\n"
        "Le texte porte sur les prisonniers et la constitution. Le chef de la délégation gouvernementale, "
        "Bachar al-Jaafari, a affirmé que la sécurité était « la priorité absolue » de son pays.")


def test_role_in_apposition_makes_a_particle_name_a_person(analyze, speakers_of):
    article = analyze(TEXT, published="2017-03-04", lang="fr")
    assert speakers_of(article, "mis d'accord sur un calendrier") == ["Staffan de Mistura"]
    assert speakers_of(article, "priorité absolue") == ["Bachar al-Jaafari"]
    assert "Palais des Nations" not in {a.name for a in article.actors if a.kind == "person"}
