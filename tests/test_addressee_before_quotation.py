"""The addressee or the channel a cue names before its quotation is no part of the words
(object_frames _after_addressee, _without_channel): "a reproché au ministre son « … »" quotes
"son « … »", "a dénoncé sur Radio X une agression « … »" quotes "une agression « … »". The
sentences are invented."""


def test_an_addressee_before_the_object_is_left_out(reports):
    found = reports("La sénatrice Anne Morel a reproché au gouvernement son « immobilisme coupable ».")
    assert found == [("son « immobilisme coupable »", "Anne Morel", "a reproché")]


def test_a_channel_before_the_object_is_left_out(reports):
    found = reports("Le maire Paul Martin a dénoncé sur Radio Nord une agression « inacceptable ».")
    assert found == [("une agression « inacceptable »", "Paul Martin", "a dénoncé")]


def test_a_channel_inside_a_thanked_object(reports):
    found = reports("Le président Ivan Petrenko a remercié la Norvège sur Twitter pour son « soutien indéfectible ».")
    assert [(words, cue) for words, _, cue in found] == [
        ("la Norvège sur Twitter pour son « soutien indéfectible »", "a remercié")]


def test_a_noun_that_cannot_speak_is_no_addressee(reports):
    # the call's object carries the quoted word (a mixed quote, issue 10 class 1); "dialogue" is
    # no addressee the words would open after
    assert reports("La direction a appelé au dialogue « sincère » entre les parties.") == [
        ("au dialogue « sincère » entre les parties", "La direction", "a appelé")]
