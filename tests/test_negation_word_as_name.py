"""A capitalised negation word is a name, not a negation: a quotation given to the weekly "Le
Point" ("« … », a déclaré le ministre à l'hebdomadaire Le Point") keeps its cue, though "point"
negates in "ne … point" (syntax.is_negated). Invented sentences."""


def test_weekly_named_point_does_not_negate_the_cue(reports):
    found = reports("« Nous ne céderons pas », a déclaré le ministre à l'hebdomadaire Le Point.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("le ministre", "a déclaré")]


def test_lower_case_point_still_negates(reports):
    found = reports("La ministre n'a point déclaré que la réforme serait abandonnée.")
    assert found == []


def test_point_governing_a_preposition_is_a_noun(reports):
    # "en point de presse" (a press briefing): "point" takes a preposition, it negates nothing
    found = reports("« Les routes resteront fermées », a-t-elle déclaré en point de presse.")
    assert [cue for _, _, cue in found] == ["a-t-elle déclaré"]
