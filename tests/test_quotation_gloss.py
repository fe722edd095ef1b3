"""A parenthesis after the closing mark that ends the sentence is the journalist's gloss on the
quotation, not the speaker's words (nlp/reports.py _clause_end; GUIDELINES §2.2). Invented sentences."""


def test_parenthesis_after_the_quotation_is_left_out(reports):
    found = reports("La maire a rappelé que « le marché restera ouvert » (il date de 1890).")
    assert [words for words, _, _ in found] == ["« le marché restera ouvert »"]


def test_parenthesis_inside_the_words_stays(reports):
    found = reports("La maire a rappelé que le marché (ouvert en 1890) restera « ouvert ».")
    assert [words for words, _, _ in found] == ["le marché (ouvert en 1890) restera « ouvert »"]
