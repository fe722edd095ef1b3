"""Quotes introduced on a paragraph of their own and lists of quoted lines (nlp/syntax.py,
nlp/quotes.py, nlp/quoted_lists.py). The texts are invented."""


def test_a_root_participle_with_its_own_subject_is_a_finite_speech_act(analyze):
    # invented: the small English tagger reads "tweeted" after a one-word subject as a participle
    text = ("Senator attacks rival over budget\n\n"
            "Senator Alma Reyes went after her rival on Sunday night.\n\n"
            "Reyes tweeted:\n\n"
            "“The budget Gordon wrote is a disgrace. Families will pay for it.”\n\n"
            "Gordon's office did not reply.")
    quotes = [q for q in analyze(text, published="2019-05-02").quotes if q.type == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The budget Gordon wrote")
    assert quotes[0].speaker.name == "Alma Reyes"
    assert quotes[0].cue is not None and quotes[0].cue.text == "tweeted"


def test_a_report_inside_the_words_of_a_quote_does_not_take_over_its_continuation(analyze):
    # invented: the first quotation reports what someone else claims; the next paragraph, in marks
    # with no cue, goes on with the one who spoke, not with the one reported
    text = ("Bridge repairs stall in Lakeview\n\n"
            "Maria Lopez, a city councillor, spoke to reporters on Sunday.\n\n"
            "Lopez said: “Frank Gordon claims the bridge is safe. It is not safe at all.”\n\n"
            "“He voted against the repairs twice and the residents know it.”\n\n"
            "The council meets again in May.")
    quotes = analyze(text, published="2019-05-02").quotes
    going_on = [q for q in quotes if q.text.startswith("He voted against")]
    assert len(going_on) == 1
    assert going_on[0].speaker.name == "Maria Lopez"
    assert going_on[0].cue is not None and going_on[0].cue.text == "said"
