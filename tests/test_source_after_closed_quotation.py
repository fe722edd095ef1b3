"""A capitalised source marker after words closed by a final mark ("… ! » D'après X, …") opens a
sentence of its own, as when a scraper runs the next paragraph into the quotation: X is the source
of that sentence, not the speaker of the words before (nlp/quote_incises.py, cue_after). A lowercase one
after the mark is still an incise. Invented sentences."""


def _quotes(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05")
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes]


def test_a_capitalised_source_after_a_closed_quotation_is_no_incise(analyze):
    for text in ("« Nous ne paierons pas. » Selon le journal Ouest-Matin, les agents n'ont pas été payés.",
                 "« C'est inadmissible ! » D'après le journal Ouest-Matin, les agents n'ont pas été payés."):
        found = _quotes(analyze, text)
        assert any(speaker == "Ouest-Matin" and "agents" in words for words, speaker in found)
        assert not any(speaker == "Ouest-Matin" and "Nous ne paierons" in words or "inadmissible" in words
                       for words, speaker in found)


def test_a_lowercase_source_after_the_mark_is_still_an_incise(analyze):
    assert ("Nous ne paierons pas", "le maire") in _quotes(analyze, "« Nous ne paierons pas », selon le maire.")
