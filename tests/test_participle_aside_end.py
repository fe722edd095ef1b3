"""Reports (reports._relative_end): a participial cue set off by commas between a subject and its
verb ("Le sénateur, ayant déclaré que …, a voté contre") reports up to the comma where the main
clause takes up again, as a relative cue does. Real French model; the sentences are invented."""


def test_a_compound_participle_aside_ends_before_the_main_verb(reports):
    found = reports("La sénatrice, ayant déclaré que le projet était injuste, a voté contre le texte.")
    assert found == [("le projet était injuste", "La sénatrice", "ayant déclaré")]


def test_a_final_participle_keeps_its_whole_clause(reports):
    found = reports("La ministre a quitté la salle, affirmant que le texte était injuste, inutile et coûteux.")
    assert [w for w, _, _ in found] == ["le texte était injuste, inutile et coûteux"]
