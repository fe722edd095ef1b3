"""A fixed phrase the parser hangs as an adverb on a reflexive verb of saying ("se dit d'accord avec
…") is its predicate, with the oblique that completes it (object_frames.fixed_predicate). The
sentences are invented."""


def test_a_fixed_phrase_with_its_oblique(reports):
    found = reports("La sénatrice Odile Marchand se dit d'accord avec le compromis.")
    assert found == [("d'accord avec le compromis", "Odile Marchand", "se dit")]


def test_a_fixed_phrase_ends_before_the_next_clause(reports):
    found = reports("La sénatrice Odile Marchand se dit d'accord avec le compromis, mais exige un calendrier.")
    assert [words for words, _, _ in found][:1] == ["d'accord avec le compromis"]
