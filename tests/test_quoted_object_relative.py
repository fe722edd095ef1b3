"""A relative clause on a quoted object says more of it in the speaker's words ("une décision
« hostile » qui met fin à …"): the words run on through it to a comma or a coordinator, unless its
verb reports on its own (reports._object_phrase_end). The sentences are invented."""


def test_a_relative_clause_on_the_quoted_object_is_part_of_the_words(reports):
    found = reports("L'ambassadeur Igor Petrov a dénoncé une décision « hostile » qui met fin à la neutralité du pays.")
    assert found == [("une décision « hostile » qui met fin à la neutralité du pays", "Igor Petrov", "a dénoncé")]


def test_the_relative_clause_ends_at_a_coordinator(reports):
    found = reports("Le ministre Paul Durand a fustigé une mesure « injuste » qui pénalise les familles et qui sera contestée.")
    assert [words for words, _, _ in found] == ["une mesure « injuste » qui pénalise les familles"]
