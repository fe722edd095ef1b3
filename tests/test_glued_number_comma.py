"""Scraped text: a comma glued between a number and the next word ("in 2019,saying") is a token
of its own, as spaCy makes it between two letters; a decimal or thousands comma stays in its number."""
import pytest


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_comma_glued_after_a_number_is_split_off(lang):
    from newsgraph.nlp.pipeline import load_pipeline
    nlp = load_pipeline(lang)
    assert [t.text for t in nlp.make_doc("the vote of 2019,saying that")] == ["the", "vote", "of", "2019", ",",
                                                                            "saying", "that"]
    assert [t.text for t in nlp.make_doc("rose 2,5 and 3,000 units")] == ["rose", "2,5", "and", "3,000", "units"]
