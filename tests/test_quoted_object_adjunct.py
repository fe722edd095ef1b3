"""Quoted words that open with their own determiner are the whole object of the cue: an adjunct
between the cue and the marks ("dans un communiqué", "pour sa part") stays out of the quote.
The sentences are invented."""


def test_an_adjunct_before_a_quoted_noun_phrase_is_not_quoted(reports):
    for adjunct in ("dans un communiqué", "pour sa part", "à plusieurs reprises"):
        found = reports(f"Le maire Paul Martin a dénoncé {adjunct} « une catastrophe sans précédent ».")
        assert found == [("« une catastrophe sans précédent »", "Paul Martin", "a dénoncé")], adjunct


def test_an_oblique_the_quotation_qualifies_is_kept(reports):
    found = reports("Le maire Paul Martin s'est félicité d'un accord « équilibré ».")
    assert [words for words, _, _ in found] == ["un accord « équilibré »"]
