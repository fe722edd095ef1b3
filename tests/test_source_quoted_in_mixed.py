"""A medium named inside the quotation marks of a mixed quote is one the speaker names, not one the
article cites; the channel of the statement outside the marks still is."""


def test_a_medium_inside_the_marks_of_a_mixed_quote_is_not_cited(analyze):
    text = ("Le procureur de Lyon a indiqué à l'AFP que « le parquet a lu avec attention l'article "
            "du journal Le Monde et ouvrira une enquête ».")
    sources = analyze(text, published="2024-03-05").sources
    assert [s.name for s in sources] == ["AFP"]
