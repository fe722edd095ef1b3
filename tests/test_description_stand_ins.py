"""A description takes up the person named with the office it stands for: a regional or trade
word for the office ("le mayeur" for a Belgian mayor, "le technicien" for a coach), a Swiss
federal councillor for the head of a federal department (role_synonyms.tsv); a role read before a
bracketed short form ("Le chef du Département fédéral de l'intérieur (DFI), X"), and the gender a
role noun shows by its paired form when its article is elided ("l'échevine": nlp/roles.py).
Invented sentences."""


def test_the_walloon_word_for_the_mayor_takes_up_the_mayor(analyze, speakers_of):
    text = ("Namur : la piscine fermera\n\nNamur, 4 avril 2023. Le bourgmestre de Namur, Hugo Lambert, "
            "veut fermer la piscine communale. Le mayeur namurois affirme que les travaux coûteraient trop cher.")
    assert speakers_of(analyze(text, published="2023-04-04", lang="fr"), "coûteraient trop cher") == ["Hugo Lambert"]


def test_the_sports_stand_in_takes_up_the_coach(analyze, speakers_of):
    text = ("Football : Sion battu\n\nSion, 2 mai 2023. Le FC Sion a perdu samedi. Son entraîneur, "
            "Marco Bettoni, regrette le manque d'envie. « Nous avons manqué de tout », a déploré le technicien "
            "valaisan.")
    assert speakers_of(analyze(text, published="2023-05-02", lang="fr"), "manqué de tout") == ["Marco Bettoni"]


def test_the_federal_councillor_heads_a_federal_department(analyze, speakers_of):
    text = ("Santé : Berne veut des économies\n\nBerne, 6 juin 2023 (ATS) – Le Conseil fédéral a présenté "
            "mercredi son plan d'économies. Le chef du Département fédéral de l'intérieur (DFI), Paul Muller, "
            "s'est ensuite entretenu avec les cantons.\n\n« Chacun doit faire un effort », a déclaré le conseiller "
            "fédéral devant la presse.")
    record = analyze(text, published="2023-06-06", lang="fr")
    assert speakers_of(record, "faire un effort") == ["Paul Muller"]
    person = next(a for a in record.actors if a.id == "person:paul-muller")
    assert person.role == "chef du Département fédéral de l'intérieur"


def test_an_elided_feminine_role_gives_its_holder_a_gender(analyze, speakers_of):
    text = ("Liège : le marché déplacé\n\nLiège, 3 mars 2023. Le bourgmestre, Henri Dumont, veut déplacer le "
            "marché. Une décision que ne partage pas l'échevine écologiste Lucie Renard. L'élue verte a dénoncé "
            "des méthodes « brutales ».")
    assert speakers_of(analyze(text, published="2023-03-03", lang="fr"), "brutales") == ["Lucie Renard"]


def test_a_role_complement_before_a_relative_marker_speaks_with_its_role(analyze, speakers_of):
    text = ("Budget\n\nParis, 8 octobre 2024. Le ministre des Finances, Luc Moreau, a présenté le budget. "
            "Le texte est une « purge », une accusation que rejette le ministre des Finances, pour qui "
            "l'opposition « n'a pas de projet ».")
    assert speakers_of(analyze(text, published="2024-10-08", lang="fr"), "pas de projet") == ["Luc Moreau"]
