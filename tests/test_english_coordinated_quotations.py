"""A quotation that the clause of a report in its own sentence goes on into ('claiming that X is
"…" but "…"') is more of that report's words, spoken by its subject, not a continuation of a
speaker over the whole sentence (invented sentences, analyzed with the English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_coordinated_quotation_joins_the_report_of_its_sentence(analyze):
    text = ("The senator spoke in Ohio on Monday.\n\n"
            "He is claiming that the count is “a big, big mess in this state” but “nobody has the courage "
            "to fix it at all.”")
    article = analyze(text)
    quotes = [q for q in article.quotes if "nobody has the courage" in q.text]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.type == "mixed" and "big, big mess" in quote.text
    assert text[quote.speaker.start:quote.speaker.end] == "He"

