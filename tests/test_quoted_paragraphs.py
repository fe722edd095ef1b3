"""Quotations that fill a paragraph (nlp/marked_quotes.py): speech or an intertitle. The texts are invented."""


def test_a_quoted_paragraph_closed_by_a_full_stop_after_its_mark_is_speech_not_an_intertitle():
    from newsgraph.nlp.quotemarks import find_quoted
    from newsgraph.nlp.marked_quotes import _is_heading
    text = "Titre\n\n« Nous avons relancé le réseau dans dix villes ».\n\n« Un nouveau départ »\n\nFin."
    paragraphs = [(0, 5), (7, 56), (58, 79), (81, 85)]
    speech, heading = find_quoted(text, paragraphs)[:2]
    assert not _is_heading(text, speech, paragraphs)
    assert _is_heading(text, heading, paragraphs)


def test_a_quotation_run_on_over_a_split_sentence_is_speech_with_the_incise_after_it(analyze):
    # invented: a line break inside the quoted sentence; the first paragraph alone would read as
    # an intertitle (no final mark), and the incise stands after the second
    text = ('The mayor of Eastbrook met residents on Friday.\n\n'
            '"We waited eleven years and nobody in the capital\n\n'
            '"ever came to see the bridge," Dana Whitfield said.\n\nThe council approved the plan.')
    quotes = analyze(text, published="2024-03-05").quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We waited eleven years") and quotes[0].text.endswith("the bridge")
    assert quotes[0].speaker.name == "Dana Whitfield"
