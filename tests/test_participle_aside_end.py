"""Reports (reports._relative_end): a participial cue set off by commas between a subject and its
verb ("Le sénateur, ayant déclaré que …, a voté contre") reports up to the comma where the main
clause takes up again, as a relative cue does. Real French model; the sentences are invented."""


def test_a_compound_participle_aside_ends_before_the_main_verb(reports):
    found = reports("La sénatrice, ayant déclaré que le projet était injuste, a voté contre le texte.")
    assert found == [("le projet était injuste", "La sénatrice", "ayant déclaré")]


def test_a_final_participle_keeps_its_whole_clause(reports):
    found = reports("La ministre a quitté la salle, affirmant que le texte était injuste, inutile et coûteux.")
    assert [w for w, _, _ in found] == ["le texte était injuste, inutile et coûteux"]


def test_a_relative_aside_ends_before_the_main_verb_the_parse_gives_a_wrong_subject(reports):
    # the parser reads the clause's last noun ("baisse") as the subject of "a quitté"; the reported
    # clause already has its own finite verb, so the main clause takes up again at the comma
    found = reports("La directrice, qui a affirmé que le budget était en baisse, a quitté la réunion.")
    assert found == [("le budget était en baisse", "La directrice", "a affirmé")]


def test_an_apposition_inside_the_reported_clause_keeps_its_verb(reports):
    found = reports("Le maire, qui a rappelé que son adjoint, un ancien notaire, a démissionné, est parti.")
    assert [w for w, _, _ in found] == ["son adjoint, un ancien notaire, a démissionné"]
