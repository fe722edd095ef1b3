"""A sentence with quoted words and no cue of their own continues the last speaker, but when it
holds a report of its own (with nested reports folded into the outer quote, as PolNeAR counts
them), the speaker that report names speaks the sentence (invented sentences, English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_report_inside_a_continuing_sentence_gives_it_its_speaker(analyze):
    text = ('"We are ready," Jones said on Monday.\n\n'
            "After she told reporters that the bridge was safe, the new plan was, in the view of many, "
            'the best proof that "nobody in this city needs to worry about the river anymore."')
    quotes = [q for q in analyze(text).quotes if "worry about the river" in q.text]
    assert len(quotes) == 1
    quote = quotes[0]
    assert text[quote.speaker.start:quote.speaker.end] == "she"
    assert quote.cue is not None and quote.cue.text == "told"


def test_a_report_inside_direct_words_stays_part_of_them(analyze):
    text = ('"We are ready," Jones said on Monday.\n\n'
            '"I told them that the bridge was safe, and nobody in this city needs to worry about the river."')
    quotes = [q for q in analyze(text).quotes if "worry about the river" in q.text]
    assert quotes and all(text[q.speaker.start:q.speaker.end] != "I" for q in quotes
                          if q.speaker.start is not None)
