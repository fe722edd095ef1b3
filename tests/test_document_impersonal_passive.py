"""An impersonal passive read in a document ("Il est précisé dans le communiqué que …"): the parse
hangs the clause on the document noun, and the document says it (its author where the text
names one), not nobody. Invented sentences."""


def test_the_document_an_impersonal_passive_is_read_in_speaks(reports):
    found = reports("Il est précisé dans le communiqué que les travaux de la gare dureront deux ans.")
    assert [(w, s) for w, s, _ in found] == [("les travaux de la gare dureront deux ans", "le communiqué")]


def test_the_author_of_the_document_speaks_when_named(reports):
    found = reports("Il est indiqué dans le rapport du ministère que la dette des hôpitaux a doublé.")
    assert [s for _, s, _ in found] == ["ministère"]


def test_with_no_document_nobody_named_speaks(reports):
    found = reports("Il a été annoncé dans la soirée que la dette des hôpitaux a doublé.")
    assert [s for _, s, _ in found] == ["unspecified"]
