"""A description whose last adjective the mention left out, then the name in apposition ("le
Premier ministre vanuatais, X, a jugé"): the name speaks, even when the tagger calls the demonym
an auxiliary and the role is of two words (speakers.resolve, descriptions.adjacent_person).
Invented sentences."""


def test_the_name_after_a_role_and_its_adjective_speaks(reports):
    found = reports("La ministre australienne des Affaires étrangères, Penny Wong, a indiqué que Canberra préparait "
                    "une évacuation. Le Premier ministre vanuatais, Kausea Natano, a quant à lui jugé que la crise "
                    "montrait que la France devait « écouter le peuple ».")
    assert [speaker for _, speaker, _ in found] == ["Penny Wong", "Kausea Natano"]
