"""A description qualified by an adjective ("la ministre libérale") may take up the holder of the
same office with its complement ("ministre des Affaires étrangères"): the listed role is the title
and its complement, not a longer title (office_titles.longer_title). Invented sentences."""


def test_a_qualified_title_takes_up_the_holder_of_the_complemented_office(reports):
    found = reports("La décision a été annoncée mardi à la Chambre par la ministre des Affaires étrangères, "
                    "Claire Dumont. « Il s'agit d'une décision coordonnée avec nos partenaires », a expliqué "
                    "la ministre libérale.")
    assert [speaker for _, speaker, _ in found] == ["Claire Dumont"]


def test_a_longer_title_still_rules_out(reports):
    found = reports("Le Premier ministre Paul Durand a reçu les syndicats. « Nous allons avancer », a déclaré "
                    "le ministre libéral.")
    assert [speaker for _, speaker, _ in found] != ["Paul Durand"]
