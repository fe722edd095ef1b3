"""Scraped text: quotation marks with or without their spaces, and other typography, read alike."""
import pytest

from newsgraph.nlp.quotemarks import words_with_marks


@pytest.mark.parametrize("marked", ["« fiasco »", "«fiasco»", '"fiasco"', "“fiasco”", "« fiasco\""])
def test_passive_incise_keeps_a_tight_quoted_word(analyze, marked):
    text = f"Ce {marked} est dénoncé par les syndicats enseignants."
    quotes = analyze(text, published="2024-03-05").quotes
    assert [q.type for q in quotes] == ["mixed"], quotes
    assert quotes[0].text.startswith("Ce ") and "fiasco" in quotes[0].text


def test_word_count_does_not_depend_on_spaces_inside_marks():
    assert len(words_with_marks("un « mot » ici")) == len(words_with_marks("un «mot» ici")) == 5
    assert words_with_marks("l’homme dit") == ["l’homme", "dit"]
