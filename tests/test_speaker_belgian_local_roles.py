"""Belgian local offices: "le mayeur" is the bourgmestre (role_nouns, role_synonyms), and a
feminine role after an elided article ("l'échevine") keeps its gender though the tagger reads it
masculine, so "l'élue" may take her up (roles.gender_of). Invented sentences."""

TEXT = ("Le bourgmestre de Namur, Paul Lenoir, veut fermer la salle. « Nous avons tout essayé », a-t-il confié.\n\n"
        "Le mayeur namurois assure que les moyens seront redéployés vers la prévention. L'échevine écologiste "
        "Anne Roy n'est pas d'accord. L'élue Ecolo a dénoncé des méthodes « indignes d'une ville solidaire ».")


def test_the_mayeur_is_the_bourgmestre(reports):
    assert [speaker for _, speaker, _ in reports(TEXT)][1] == "Paul Lenoir"


def test_an_elided_feminine_role_keeps_its_gender(reports):
    assert [speaker for _, speaker, _ in reports(TEXT)][2] == "Anne Roy"
