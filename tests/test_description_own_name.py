"""A role description that ends with a name the tagger does not know ("la ministre de la Culture
et des Sports Julie Bernard") designates that person, not someone introduced earlier with the
same role noun ("le Premier ministre italien X") (nlp/own_names.py). Invented sentences."""


def test_description_with_unknown_name_is_not_taken_up(reports):
    found = reports("Le Premier ministre italien Paolo Martini a qualifié mardi cette décision d'« absurde » et la "
                    "ministre de la Culture et des Sports Julie Bernard, a demandé que les bureaux de l'agence "
                    "soient fermés.")
    assert found[0][1] == "Paolo Martini" and found[1][1].endswith("Julie Bernard")
