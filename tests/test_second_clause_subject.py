"""A speech verb the parse left without a subject, in a second clause opened by a coordinator
after a first clause with its own verb, is spoken by the noun phrase that opens that clause, not
by the first clause's subject; a coordinated subject before one verb stays one subject
(syntax._second_clause_subject). Invented sentences."""


def test_second_clause_has_its_own_speaker(reports):
    found = reports("Le ministre de la Culture Paul Martin a qualifié mardi cette décision d'« absurde » et la "
                    "ministre des Sports Julie Bernard, a demandé que les bureaux de l'agence soient fermés.")
    # (the tagger knows no "Julie Bernard": the designation is kept whole, the name at its end)
    assert found[0][1] == "Paul Martin" and found[1][1].endswith("Julie Bernard")


def test_coordinated_subjects_of_one_verb(reports):
    found = reports("Paul Martin et Julie Bernard ont demandé que les bureaux de l'agence soient fermés.")
    assert [speaker for _, speaker, _ in found] == ["Paul Martin et Julie Bernard"]
