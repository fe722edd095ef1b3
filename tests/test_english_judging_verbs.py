"""Verbs that judge or portray someone in quoted words ('portrayed X as "…"', 'derided X as a
"…"'): mixed quotes of the verb's subject (lang/en/speech_verbs.tsv). The texts are invented."""

import pytest


@pytest.mark.parametrize("sentence, verb", [
    ("Senator Maria Lopez portrayed the plan as “a gift to the banks.”", "portrayed"),
    ("Council leader Tom Reed derided the mayor as a “reckless spender” on Monday.", "derided"),
    ("Governor Alan Pike hailed the deal as “a win for every family.”", "hailed"),
])
def test_a_judging_verb_with_a_quoted_description_is_a_mixed_quote(analyze, sentence, verb):
    text = "Budget fight heats up\n\n" + sentence + "\n\nThe council votes next week."
    quotes = analyze(text, published="2019-05-02").quotes
    assert len(quotes) == 1
    assert quotes[0].type == "mixed" and quotes[0].cue.text == verb
    assert " as " in quotes[0].text
