"""Reports whose source stands in a comment clause opened by "as" (nlp/as_incises.py). The texts
are invented."""


def _reports(analyze, sentence):
    text = "Storm season ends early\n\n" + sentence + "\n\nThe next season starts in June."
    return analyze(text, published="2019-05-02").quotes


def test_an_as_clause_opening_the_sentence_makes_its_subject_the_source_of_the_main_clause(analyze):
    quotes = _reports(analyze, "As the state climatologist noted, the island rarely sees two hurricanes in one season.")
    assert len(quotes) == 1
    assert quotes[0].text == "the island rarely sees two hurricanes in one season"
    assert quotes[0].speaker.name == "the state climatologist" and quotes[0].cue.text == "noted"


def test_an_as_clause_inside_the_sentence_reports_the_whole_sentence(analyze):
    quotes = _reports(analyze, "Hawaii, as the governor noted, rarely gets two storms in one season.")
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Hawaii, as the governor noted, rarely gets")
    assert quotes[0].speaker.name == "the governor"


def test_an_as_clause_of_time_or_addressed_to_the_reader_reports_nothing(analyze):
    quotes = _reports(analyze, "“We will win this state,” the candidate said as supporters chanted in the hall.")
    assert [q.text for q in quotes] == ["We will win this state"]
    assert _reports(analyze, "As you know, the island rarely sees two hurricanes in one season.") == []
