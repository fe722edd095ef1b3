"""A continuation keeps the speaker of the report it goes on with, but shows it at the latest
mention of that speaker before its words, as PolNeAR marks the nearest source: the subject of a
sentence's main verb that resolves to the same person (invented sentences, English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def _mention(text, quotes, words):
    quote = next(q for q in quotes if words in q.text)
    return text[quote.speaker.start:quote.speaker.end] if quote.speaker.start is not None else None


def test_a_continuation_shows_the_latest_subject_naming_its_speaker(analyze):
    text = ("“We will not move,” Mayor Helen Brandt said on Monday at a rally in the old market.\n\n"
            "An hour later, Brandt walked out of the council meeting with her aides.\n\n"
            "“No city can pay for this twice.”")
    quotes = analyze(text).quotes
    assert _mention(text, quotes, "pay for this twice") == "Brandt"
    quote = next(q for q in quotes if "pay for this twice" in q.text)
    assert quote.speaker.start == text.index("Brandt walked")


def test_a_subject_inside_a_lower_clause_is_no_new_mention(analyze):
    text = ("“We will not move,” Mayor Helen Brandt said on Monday at a rally in the old market.\n\n"
            "The crowd cheered loudly when Brandt walked out of the council meeting.\n\n"
            "“No city can pay for this twice.”")
    quotes = analyze(text).quotes
    assert _mention(text, quotes, "pay for this twice") == "Mayor Helen Brandt"
