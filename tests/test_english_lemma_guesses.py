"""Forms the English lemmatizer reads wrong ("hoped" -> "hop", "rated" -> "rat", "lambasted" ->
"lambast"): the pack's verb endings guess the speech verb they inflect (lang/en/verb_endings.tsv);
and an adjunct after the closing dash of a relative aside speaks for the aside's antecedent. The
texts are invented."""

import pytest


@pytest.mark.parametrize("sentence, cue", [
    ("Mayor Lisa Grant hoped that the new bridge would open by June.", "hoped"),
    ("Governor Tim Ross lambasted the transit plan at a rally on Friday.", "lambasted"),
    ("The watchdog, FactWatch, rated the senator's claim as false.", "rated"),
])
def test_a_misread_form_of_a_speech_verb_is_a_cue(analyze, sentence, cue):
    text = "Bridge news\n\n" + sentence + "\n\nThe council meets again next week."
    quotes = analyze(text, published="2019-05-02").quotes
    assert [q.cue.text for q in quotes] == [cue]


@pytest.mark.parametrize("who, mention", [("Senator Mary Cole", "Mary Cole"),
                                           # the whole phrase, not the noun its complement ends on
                                           ("the senator from Ohio", "the senator from Ohio")])
def test_an_adjunct_after_a_relative_aside_is_spoken_by_its_antecedent(analyze, who, mention):
    text = (f"Tax news\n\nIt’s become a major issue in the campaign, with {who} — who’s pushed for "
            "higher taxes on banks — criticizing the governor’s budget.\n\nThe vote is next week.")
    quotes = analyze(text, published="2019-05-02").quotes
    (quote,) = [q for q in quotes if q.cue.text == "criticizing"]
    assert text[quote.speaker.start:quote.speaker.end].endswith(mention)


def test_a_gerund_read_as_a_noun_is_no_guessed_verb(analyze):
    text = ('Vote news\n\nHe said "nobody has the guts to talk about it." Voting fraud is, in fact, very rare.'
            "\n\nThe board meets again.")
    quotes = analyze(text, published="2019-05-02").quotes
    assert not any(q.cue is not None and q.cue.text == "Voting" for q in quotes)
