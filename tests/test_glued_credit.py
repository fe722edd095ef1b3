"""Scraped text: an agency credit glued after the final mark of an incise ("a-t-il expliqué.(ats)")
is split off, so the incise is still read (the quotation keeps its speaker) and the credit stays a
source. Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import load_pipeline
    return load_pipeline("fr")


@pytest.mark.parametrize("glued", ["dit.(ats)", "dit.(AFP)", "dit![Belga]"])
def test_a_credit_glued_after_a_final_mark_is_split_off(nlp, glued):
    words = [t.text for t in nlp.make_doc(f"Elle l'a {glued}")]
    assert words[3:] == ["dit", glued[3], glued[4], glued[5:-1], glued[-1]]


def test_a_glued_credit_after_an_incise_keeps_the_speaker_and_the_source():
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    text = ("Titre\n\nLausanne (ats) – La syndique Claire Morand a inauguré lundi une nouvelle piscine. "
            "\"Les familles attendaient ce bassin depuis dix ans\", a-t-elle expliqué.(ats)")
    (record,) = process([make_article(text, "t", id="t", lang="fr")])
    (quote,) = record.quotes
    assert quote.speaker.name == "Claire Morand"
    assert [text[s.start:s.end] for s in record.sources][-1] == "(ats)"


def test_a_glued_credit_ends_the_sentence_as_a_spaced_one_does(nlp):
    glued = "Le maire a dit que le pont serait rouvert.(ats) La préfète a affirmé que rien ne changerait."
    spaced = glued.replace(".(ats)", ". (ats)")
    assert [s.text.strip() for s in nlp(glued).sents] == [s.text.strip() for s in nlp(spaced).sents]
    assert len(list(nlp(glued).sents)) == 2


def test_the_quotation_after_a_glued_credit_keeps_its_speaker():
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    text = ("Titre\n\nLausanne (ats) – La syndique Claire Morand a inauguré lundi une nouvelle piscine. "
            "\"Les familles attendaient ce bassin\", a-t-elle dit.(ats) Le préfet Marc Eggli a affirmé "
            "que le canton financerait un second bassin.")
    (record,) = process([make_article(text, "t", id="t", lang="fr")])
    (quote,) = [q for q in record.quotes if "second bassin" in text[q.start:q.end]]
    assert quote.speaker.name == "Marc Eggli"
