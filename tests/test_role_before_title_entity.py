"""A role written before a name is found past a title the recogniser tags as a person on its own
("le président de la République X"), a participle that qualifies it ("le président élu X") and a
conjunction joining two of its complements ("le ministre de l'Économie et des Finances X")
(nlp/roles.py role_before). Invented sentences."""


def _roles(analyze, text):
    article = analyze(text, published="2016-03-03", lang="fr")
    return {a.name: a.role for a in article.actors if a.kind == "person"}


def test_title_tagged_as_a_person(analyze):
    text = ("Réunion\n\n3 mars 2016. – Il a quitté le gouvernement après une réunion avec le président "
            "de la République Jean Dupuis alors même que celle-ci n'était pas prévue.")
    assert _roles(analyze, text)["Jean Dupuis"] == "président de la République"


def test_participle_after_the_role(analyze):
    text = "Réunion\n\n3 mars 2016. – Le président élu Jean Dupuis a annoncé hier soir la création d'emplois."
    assert _roles(analyze, text)["Jean Dupuis"] == "président élu"


def test_two_complements_joined(analyze):
    text = ("Réunion\n\n3 mars 2016. – Pour le ministre de l'Économie et des Finances Paul Martin, "
            "cependant, le budget est « sincère ».")
    assert _roles(analyze, text)["Paul Martin"] == "ministre de l'Économie et des Finances"
