"""The subject of an incise after a closing mark when the parse hangs it on the quoted words
(invented sentences, analyzed with the English model): a name, then a description set off by
commas or a parenthesis, then the speech verb."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_name_with_a_description_between_commas_is_the_incise_subject(analyze):
    text = ("The council met on Monday.\n\n“There is a real gap between this council and frankly the mayor and "
            "our teachers,” Okafor, a senior school trustee, said Tuesday morning on KRX’s “City Talk.” "
            "“I mean, the parents are tired.”")
    quotes = [q for q in analyze(text).quotes if "real gap" in q.text]
    assert quotes and quotes[0].type == "direct"
    assert text[quotes[0].speaker.start:quotes[0].speaker.end] == "Okafor"


def test_a_name_with_a_parenthesis_is_the_incise_subject(analyze):
    text = ("The council met on Monday.\n\n\"She would be a fine judge. Not good, great. One of the sharpest minds "
            "of the whole bar,\" Rep. Dana K. Whitfield (D-Ore.) said in a phone interview.")
    quotes = [q for q in analyze(text).quotes if "fine judge" in q.text]
    assert quotes and quotes[0].type == "direct"
    assert "Whitfield" in text[quotes[0].speaker.start:quotes[0].speaker.end]


def test_a_description_holds_no_verb():
    import newsgraph  # noqa: F401  (loads the English model through the pipeline)
    from newsgraph.nlp.incise_subjects import apposition_end
    from newsgraph.nlp.pipeline import load_pipeline
    nlp = load_pipeline("en")
    doc = nlp("Okafor, who chairs the board, said it. Okafor, the board chair, said it.")
    commas = [t.i for t in doc if t.text == ","]
    assert apposition_end(doc, commas[0], len(doc)) is None
    assert apposition_end(doc, commas[2], len(doc)) == commas[3] + 1
