"""A personal pronoun resolved to a medium is no mention of it: the guidelines count a medium as
speaker by its name or a description, never by a pronoun ("a-t-il ajouté" after a citation of
a paper is not one more source). Invented sentences."""
from source_texts import cited


def test_an_inverted_pronoun_is_no_second_citation():
    found = cited("D'après Le Soir, la mairie aurait promis des renforts. "
                  "« La commune doit agir », a-t-il insisté.")
    assert [(name, evidence) for name, evidence, _ in found[0]] == [("Le Soir", "D'après Le Soir")]
