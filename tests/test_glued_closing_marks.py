"""Scraped text: a closing quotation mark glued, after its final mark, to the next sentence or
quotation ('late?”The vote', 'Paris.”"Anna', 'now.”“We') is split into its final mark, its
closing mark and the opening one; an abbreviation's possessive ("U.S.’s") is left whole."""
import pytest


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_closing_marks_glued_to_the_next_sentence_are_tokens(lang):
    from newsgraph.nlp.pipeline import load_pipeline
    nlp = load_pipeline(lang)

    def words(text):
        return [t.text for t in nlp.make_doc(text)]
    assert words("are we late?”The vote") == ["are", "we", "late", "?", "”", "The", "vote"]
    assert words('in Paris.”"Anna left') == ["in", "Paris", ".", "”", '"', "Anna", "left"]
    assert words("it now.”“We are") == ["it", "now", ".", "”", "“", "We", "are"]


def test_a_possessive_after_an_abbreviation_stays():
    from newsgraph.nlp.pipeline import load_pipeline
    assert [t.text for t in load_pipeline("en").make_doc("the U.S.’s debt")] == ["the", "U.S.", "’s", "debt"]
