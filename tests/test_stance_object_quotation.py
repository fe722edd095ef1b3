"""A quoted object with a possessive determiner is the speaker's own stance (object_frames
_stance_body): what it bears on may follow any preposition before the quotation ("a réaffirmé son
soutien au « … »"), and the object opens the words. The sentences are invented."""


def test_a_stance_object_and_its_preposition_open_the_words(reports):
    found = reports("La ministre Claire Dubois a réaffirmé son soutien au « droit des agriculteurs à vivre de leur travail ».")
    assert found == [("son soutien au « droit des agriculteurs à vivre de leur travail »", "Claire Dubois",
                      "a réaffirmé")]


def test_a_stance_object_after_an_article(reports):
    found = reports("Le député Marc Lenoir a réaffirmé son attachement à la « laïcité à la française ».")
    assert [words for words, _, _ in found] == ["son attachement à la « laïcité à la française »"]


def test_without_a_possessive_the_preposition_links_nothing(reports):
    assert reports("Le député Marc Lenoir a réaffirmé le soutien au « plan Vert » du gouvernement.") == []
