"""A relative clause whose pronoun is the object of a naming verb and whose predicate is in marks
('the deal, which the union's president called "a total betrayal,"'): a mixed quote of the
clause's subject (nlp/frames.py). The texts are invented."""


def test_a_relative_object_with_a_quoted_predicate_is_a_mixed_quote(analyze):
    text = ("Port deal passes\n\n"
            "The deal, which the union's president called “a total betrayal,” passed on Friday.\n\n"
            "The port reopens in May.")
    quotes = analyze(text, published="2019-05-02").quotes
    assert len(quotes) == 1
    assert quotes[0].type == "mixed" and quotes[0].text.startswith("which the union's president called")
    assert quotes[0].text.endswith("betrayal,”")
    assert quotes[0].speaker.name == "the union's president"


def test_a_relative_object_with_a_plain_predicate_reports_nothing(analyze):
    text = ("Port deal passes\n\n"
            "The deal, which the union's president called a betrayal, passed on Friday.\n\n"
            "The port reopens in May.")
    assert analyze(text, published="2019-05-02").quotes == []
