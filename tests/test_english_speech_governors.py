"""A speech verb's to-infinitive under an aspectual, seeming or emphatic verb ("continued to insist
that", "seems to blame") is a cue of the governor's subject (lang/en/speech_governors.txt). The texts
are invented."""

import pytest


@pytest.mark.parametrize("sentence, cue, words", [
    ("Mayor Ann Cole continued to insist that the budget was balanced.", "continued to insist",
     "the budget was balanced"),
    ("Senator Tom Hale seems to blame the governor for the delays at the port.", "seems to blame",
     "the governor for the delays"),
    ("The union chief, Rita Moss, began to argue that the contract was unfair.", "began to argue",
     "the contract was unfair"),
])
def test_an_infinitive_under_a_governor_is_a_cue_of_its_subject(analyze, sentence, cue, words):
    text = "Port news\n\n" + sentence + "\n\nThe board meets again next week."
    quotes = analyze(text, published="2019-05-02").quotes
    assert len(quotes) == 1
    assert quotes[0].cue.text == cue and quotes[0].text.startswith(words)


def test_an_attempt_is_no_cue_of_its_subject(analyze):
    # an attempt, not a saying: "tried" is no governor of the speech verb
    text = "Port news\n\nThe mayor tried to argue that the board had delayed the vote.\n\nThe board meets again."
    assert not any(q.cue.text.startswith("tried") for q in analyze(text, published="2019-05-02").quotes)
