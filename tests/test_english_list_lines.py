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
