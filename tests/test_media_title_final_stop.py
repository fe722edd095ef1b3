"""A media title whose last word is one letter ("Canal C") at the end of a sentence: the recogniser
takes the letter for an initial and the full stop into the name; the stop is the sentence's.
Invented sentences."""


def test_a_title_ending_in_a_letter_leaves_the_full_stop(analyze):
    article = analyze("Un titre sans rapport\n\nLe budget de la ville sera revu, selon Canal C.",
                      published="2024-03-05")
    assert [s.name for s in article.sources] == ["Canal C"]
    assert all(not article.text[s.start:s.end].endswith(".") for s in article.sources)
