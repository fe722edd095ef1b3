"""A live blog's entry opens with its time stamp and a dash ("09h10 - « … », a déclaré X"): the
stamp is layout, not words of the quotation, which stays direct. Invented sentences."""
import pytest


@pytest.mark.parametrize("sentence, words, speaker", [
    ("09h10 - « Nous ne céderons pas sur l'essentiel », a déclaré le ministre Paul Durand.",
     "Nous ne céderons pas sur l'essentiel", "Paul Durand"),
    ("9 h 45 – « La réunion reprendra après le déjeuner », a indiqué la porte-parole Anne Morel.",
     "La réunion reprendra après le déjeuner", "Anne Morel"),
    ("21:45 - « Un accord est proche », a estimé le diplomate Marc Lenoir.", "Un accord est proche", "Marc Lenoir"),
])
def test_a_time_stamp_before_a_quotation_is_no_part_of_it(reports, sentence, words, speaker):
    assert [(w, s) for w, s, _ in reports(sentence)] == [(words, speaker)]


def test_an_english_time_stamp_is_layout_too(analyze):
    article = analyze("Live updates from the summit\n\n9:45 a.m. — \"We will not give in on wages,\" "
                      "union leader Ellen Marsh said.", published="2024-03-05", lang="en")
    assert [q.text for q in article.quotes] == ["We will not give in on wages,"] or \
        all(not q.text.startswith("9:45") for q in article.quotes) and article.quotes
