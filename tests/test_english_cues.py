"""English cues that stand outside the sentence of the words they attribute (invented sentences,
analyzed with the English model): a block quotation after a paragraph ending in a speech verb and
a colon."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_quotation_in_its_own_paragraph_takes_the_cue_ending_the_paragraph_before(analyze):
    text = ('The Herald reports:\n\n"In a sign of the lack of enthusiasm among some activists, just 20 '
            'percent of donors gave twice."')
    (quote,) = analyze(text).quotes
    assert quote.type == "direct" and quote.text.startswith("In a sign of the lack")
    assert text[quote.cue.start:quote.cue.end] == "reports"
    assert text[quote.speaker.start:quote.speaker.end] == "The Herald"


def test_a_paragraph_ending_in_a_colon_without_a_speech_verb_attributes_nothing(analyze):
    text = 'The mayor walked to the podium and looked at the crowd:\n\n"Nobody believed the town could do it."'
    assert all(q.cue is None or "walked" not in text[q.cue.start:q.cue.end] for q in analyze(text).quotes)
