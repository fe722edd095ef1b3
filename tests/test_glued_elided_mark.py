"""Scraped text: an opening quotation mark glued after an elided word (the space of « » lost when
the marks are made straight: 'qu'"elle'), is a token of its own between the elided word and the
quoted one, so the quoted words are read as words and the quotation keeps its speaker."""
import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import load_pipeline
    return load_pipeline("fr")


@pytest.mark.parametrize("glued", ["qu'\"elle", "qu’\"elle", "qu'“elle"])
def test_an_opening_mark_after_an_elided_word_is_its_own_token(nlp, glued):
    words = [t.text for t in nlp.make_doc(f"La ministre a promis {glued} viendrait demain\".")]
    assert words[4:7] == [glued[:3], glued[3], "elle"]


def test_a_straight_quotation_after_an_elided_word_keeps_its_speaker():
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    text = ("Titre\n\nPlus tard, la ministre Anne Dufour a affirmé qu'\"il faudra encore attendre "
            "trois ans avant la réouverture du pont\".")
    (record,) = process([make_article(text, "t", id="t", lang="fr")])
    (quote,) = record.quotes
    assert text[quote.start:quote.end].lstrip('"').startswith("il faudra")
    assert quote.speaker.name == "Anne Dufour"
