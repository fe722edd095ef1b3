"""A report in a non-restrictive relative clause that closes the words of another report is an
attribution of its own, the relative pronoun its source (PolNeAR: one role per word); a
restrictive clause stays part of the words (invented sentences, English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_relative_report_closing_another_report_is_kept_apart(analyze):
    text = "Ah, friends again: Senator Ann Ruiz endorses Lee, who says she is honored."
    quotes = analyze(text).quotes
    inner = [q for q in quotes if q.text == "she is honored"]
    assert inner and text[inner[0].speaker.start:inner[0].speaker.end] == "who"
    assert not [q for q in quotes if "who says" in q.text]


def test_the_cut_leaves_restrictive_clauses_and_quotations_alone():
    from newsgraph.nlp.reports import FoundQuote
    from newsgraph.nlp.univocal import cut_before_relative_reports
    text = "The mayor warned anybody who says the bridge is safe."
    outer = FoundQuote(17, len(text) - 1, "indirect", (10, 16), (0, 9), 0.9)
    start = text.index("who")
    inner = FoundQuote(text.index("the bridge"), len(text) - 1, "indirect", (start + 4, start + 8),
                       (start, start + 3), 0.9)
    cut_before_relative_reports(text, [outer, inner], [], frozenset({"who"}))
    assert outer.end == len(text) - 1
