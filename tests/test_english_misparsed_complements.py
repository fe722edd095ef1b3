"""English reported clauses the small parser hangs somewhere else than on their cue (invented
sentences, analyzed with the English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def _quote(doc, text, cue):
    return next(q for q in doc.quotes if q.cue is not None and text[q.cue.start:q.cue.end] == cue)


def test_a_that_clause_read_as_a_relative_clause_on_the_addressee_is_the_cues(analyze):
    # the tagger makes "that" a relative pronoun (WDT), the parser the mark of a relative clause on "leaders"
    text = ("The minister arrived on Monday.\n\n"
            "Karen Wolde told a meeting of Atlantic Island leaders that few people understood the stakes of overfishing.")
    quote = _quote(analyze(text), text, "told")
    assert quote.text == "few people understood the stakes of overfishing"
    assert text[quote.speaker.start:quote.speaker.end] == "Karen Wolde"


def test_a_relative_that_with_a_role_in_its_clause_stays_a_relative(analyze):
    text = "The minister arrived on Monday.\n\nKaren Wolde criticized the plan that the council passed last year."
    assert not any(q.text == "the council passed last year" for q in analyze(text).quotes)
