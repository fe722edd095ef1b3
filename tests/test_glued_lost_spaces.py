"""Scraped text: a space lost after a mark changes nothing. The glued mark before an elided
capital ("».L'ONU") and after a closing bracket ("[annexe].Il") still ends the sentence, and a
headline topic's colon without its space after ("Pêche :Les quotas …") is still a topic."""
import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import load_pipeline
    return load_pipeline("fr")


@pytest.mark.parametrize("glued", ["Le pays dénonce le « blocus ».L'ONU se tait.",
                                   "Le pays dénonce le blocus [sic].Il se tait."])
def test_a_glued_final_mark_still_ends_the_sentence(nlp, glued):
    spaced = glued.replace(".L'", ". L'").replace(".Il", ". Il")
    assert [s.text.strip() for s in nlp(glued).sents] == [s.text.strip() for s in nlp(spaced).sents]
    assert len(list(nlp(glued).sents)) == 2


def test_a_headline_topic_without_its_space_after_the_colon():
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    headline = "Pêche : Les quotas de thon seront réduits de moitié selon la FAO\n\nLa FAO a publié un rapport."
    found = []
    for text in (headline, headline.replace(" : ", " :")):
        article = make_article(text, "x", id="x", lang="fr", published="2020-01-01")
        article.text = text
        found.append([q.text for q in next(iter(process([article]))).quotes])
    assert found[0] == found[1] == ["Les quotas de thon seront réduits de moitié"]


def test_a_web_name_ending_in_a_digit_keeps_its_suffix():
    # "7SUR7.CD" is one name: the full stop after its digit opens no sentence (a year's does: "en 2016.FPI")
    from newsgraph.nlp.pipeline import load_pipeline
    doc = load_pipeline("fr")("« Les routes sont coupées », a confié à 7SUR7.CD le maire de Kindu, Paul Amisi.")
    assert "7SUR7.CD" in [t.text for t in doc]
    assert not any(t.is_sent_start for t in doc[1:])


def test_a_glued_sentence_after_a_name_ending_in_a_digit_is_still_split():
    from newsgraph.nlp.pipeline import load_pipeline
    doc = load_pipeline("fr")("Les ministres se sont réunis au G7.Les discussions ont duré deux jours.")
    assert "G7" in [t.text for t in doc]
