"""Scraped text: a stray character a scraper left inside a name set after a description
("D'après le ministre, Paul \u200bDurand, « … »") is part of the name, so the quotation after it
is still the named person's words, as on clean text."""
import pytest

TEXT = ("Titre du jour\n\nLe budget sera serré. D'après la ministre de la santé, Claire {}Vautrin, "
        "« nous trouverons les moyens de tenir nos engagements » ; le syndicat reste prudent.")


@pytest.mark.parametrize("stray", ["\u200b", " "])  # (a soft hyphen changes the parse itself)
def test_a_stray_inside_an_apposed_name_keeps_the_quote(stray):
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    found = []
    for text in (TEXT.format(""), TEXT.format(stray)):
        article = make_article(text, "x", id="x", lang="fr", published="2020-01-01")
        article.text = text
        found.append([(q.text, q.type) for q in next(iter(process([article]))).quotes])
    assert found[1] == found[0]
    assert ("nous trouverons les moyens de tenir nos engagements", "direct") in found[0]
