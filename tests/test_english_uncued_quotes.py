"""A quotation that no cue attributes and that continues no quote near it takes the proper-name
subject of a sentence after it in its paragraph (nlp/uncued_quotes.py, English pack setting).
The texts are invented."""


def test_words_opening_a_paragraph_take_the_name_of_the_sentence_after_them(analyze):
    text = ("Road works in Eastbrook.\n\nThe council met on Monday to vote on the budget.\n\n"
            '"We will fix the road before winter." Dana Whitfield, the mayor, made the promise at a rally.')
    quotes = [q for q in analyze(text, lang="en").quotes if q.text.startswith("We will fix")]
    assert len(quotes) == 1 and quotes[0].type == "direct"
    assert text[quotes[0].speaker.start:quotes[0].speaker.end] == "Dana Whitfield"


def test_a_pronoun_or_a_name_before_the_words_gives_them_no_speaker(analyze):
    # a name before the words may be someone else's (text run together from an earlier
    # paragraph), and a pronoun after them as often is
    for text in ("Road works in Eastbrook.\n\nDana Whitfield met the council on Monday. "
                 '"The road will not be fixed before winter."',
                 "Road works in Eastbrook.\n\n"
                 '"The road will not be fixed before winter." She left the room early.'):
        assert not [q for q in analyze(text, lang="en").quotes if q.text.startswith("The road will")]


def test_french_keeps_such_words_unattributed():
    from newsgraph.lang import load_pack
    assert load_pack("en").setting("uncued_quote_takes_later_name", False)
    assert not load_pack("fr").setting("uncued_quote_takes_later_name", False)


def test_words_opening_a_paragraph_take_the_name_after_them_over_the_last_speaker(analyze):
    # the previous paragraph quotes someone else: the name after the words is nearer to them
    text = ("Road works in Eastbrook.\n\n"
            '"The budget is too small," council member Raj Patel said on Monday.\n\n'
            '"We will fix the road before winter." Dana Whitfield, the mayor, made the promise at a rally.')
    quotes = [q for q in analyze(text, lang="en").quotes if q.text.startswith("We will fix")]
    assert len(quotes) == 1
    assert text[quotes[0].speaker.start:quotes[0].speaker.end] == "Dana Whitfield"


def test_words_inside_a_paragraph_still_continue_the_last_speaker(analyze):
    text = ("Road works in Eastbrook.\n\n"
            '"The budget is too small," council member Raj Patel said on Monday. "We need more." '
            "Dana Whitfield left the room early.")
    quotes = [q for q in analyze(text, lang="en").quotes if "We need more" in q.text]
    assert quotes and quotes[0].speaker.name == "Raj Patel"
