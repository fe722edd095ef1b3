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


def test_a_headline_gives_the_statement_after_its_authors_name_and_a_colon(analyze):
    text = ("Mayor Jane Holt Scolds Bank Chief: ‘You Should Be Fired.’\n\n"
            "Mayor Jane Holt questioned the bank's chief for an hour on Tuesday.")
    quote = analyze(text).quotes[0]
    assert (quote.type, quote.text) == ("direct", "You Should Be Fired.")
    assert "Jane Holt" in text[quote.speaker.start:quote.speaker.end]
    # the name may be known from the article only, and the statement hold quoted words
    text = "Holt on Taxes: The Rates Are 'Absurd.'\n\nMayor Jane Holt spoke to the council on Tuesday."
    quote = analyze(text).quotes[0]
    assert (quote.type, text[quote.speaker.start:quote.speaker.end]) == ("mixed", "Holt")


def test_a_headline_topic_that_names_nobody_is_no_attribution(analyze):
    text = "Stealth Over Health: Roads Were Closed to Avoid Bad Optics.\n\nThe city closed three roads on Monday."
    assert not any(q.start < text.index("\n") for q in analyze(text).quotes)


def test_french_headlines_are_left_to_the_french_guidelines():
    from newsgraph.lang import load_pack
    assert load_pack("en").setting("headline_quotes", False) and not load_pack("fr").setting("headline_quotes", False)


def test_a_source_after_the_words_closes_a_paragraph_with_more_after_it(analyze):
    """The line break after a paragraph's final mark belongs to its last sentence: "…, according to
    X." still ends that sentence."""
    text = ("The two candidates are tied before their first debate, according to a new national poll.\n\n"
            "The next poll comes out in a week.")
    (quote,) = analyze(text).quotes
    assert quote.text.startswith("The two candidates are tied") and quote.type == "indirect"
    assert text[quote.cue.start:quote.cue.end] == "according to"
    assert text[quote.speaker.start:quote.speaker.end] == "a new national poll"


def test_words_run_on_past_an_incise_followed_by_a_coordinated_clause(analyze):
    """'…, the agency said in a report, and …': the clause the parser coordinates to the incise verb
    is more of the reported words, not a clause of the verb's own."""
    text = "The middle fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth paid 1.5 percent."
    (quote,) = analyze(text).quotes
    assert quote.text.startswith("The middle fifth paid") and quote.text.endswith("paid 1.5 percent")
    assert text[quote.speaker.start:quote.speaker.end] == "the agency"


def test_a_speech_verb_as_the_purpose_of_taking_a_channel_is_a_cue_of_the_subject(analyze):
    # "took to Twitter to say", "went on television to argue": the subject speaks
    text = "Karen Wolde went on local radio to argue that the harbour levy was unfair."
    (quote,) = analyze(text).quotes
    assert quote.text == "the harbour levy was unfair"
    assert text[quote.speaker.start:quote.speaker.end] == "Karen Wolde"
    assert text[quote.cue.start:quote.cue.end].endswith("argue")


def test_a_purpose_infinitive_after_a_verb_of_motion_alone_reports_nothing(analyze):
    assert not analyze("Karen Wolde flew to Oslo to negotiate the harbour levy.").quotes


def test_verbs_of_rebuking_report_what_they_judge(analyze):
    text = "Councillor Ruth Dane faulted the harbour board for the long delay."
    (quote,) = analyze(text).quotes
    assert text[quote.cue.start:quote.cue.end] == "faulted"
    assert quote.text.startswith("the harbour board")
    text = 'Councillor Ruth Dane scolded him: "The whole council is united against you."'
    (quote,) = analyze(text).quotes
    assert quote.type == "direct" and text[quote.cue.start:quote.cue.end] == "scolded"
