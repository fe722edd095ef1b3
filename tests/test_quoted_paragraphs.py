"""Quotations that fill a paragraph (nlp/quotes.py): speech or an intertitle. The texts are invented."""


def test_a_quoted_paragraph_closed_by_a_full_stop_after_its_mark_is_speech_not_an_intertitle():
    from newsgraph.nlp.quotemarks import find_quoted
    from newsgraph.nlp.quotes import _is_heading
    text = "Titre\n\n« Nous avons relancé le réseau dans dix villes ».\n\n« Un nouveau départ »\n\nFin."
    paragraphs = [(0, 5), (7, 56), (58, 79), (81, 85)]
    speech, heading = find_quoted(text, paragraphs)[:2]
    assert not _is_heading(text, speech, paragraphs)
    assert _is_heading(text, heading, paragraphs)
