"""The infinitive of a cue's de/à frame may open with its negation before an opening mark ("a
appelé les Européens à ne pas « négocier … »"): one mark may stand among the clitics and adverbs
before the verb (nlp/frames.py _surface). The sentences are invented."""


def test_a_quoted_infinitive_after_its_negation(reports):
    found = reports("Le président Ivan Petrenko a appelé les Européens à ne pas « négocier dans son dos » avec Moscou.")
    assert found == [("ne pas « négocier dans son dos » avec Moscou", "Ivan Petrenko", "a appelé")]


def test_de_infinitive_after_ne_plus(reports):
    found = reports("Le juge Henri Blanc a ordonné à la société de ne plus « exploiter » le site.")
    assert [words for words, _, _ in found] == ["ne plus « exploiter » le site"]
