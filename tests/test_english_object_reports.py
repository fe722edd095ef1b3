"""Verbs whose direct object is what someone says, stresses or sets out ('stressed her record on
trade', 'laid out a housing plan', 'did not address the charges'): indirect reports of the verb's
subject through the `np` frame (lang/en/speech_verbs.tsv). The texts are invented."""

import pytest


@pytest.mark.parametrize("sentence, verb, words", [
    ("Senator Ruth Calder stressed her long record on rural broadband.", "stressed", "her long record"),
    ("Mayor Paul Dent noted the drop in burglaries at the town meeting.", "noted", "the drop in burglaries"),
    ("The union leader, Gina Shaw, claimed victory in the pay dispute.", "claimed", "victory"),
    ("Governor Ellen Marsh laid out a plan to build ten thousand homes.", "laid out", "a plan to build"),
    ("Councilman Rob Tate did not discuss the charges against his aide.", "discuss", "the charges"),
    ("The minister, Karen Boyd, downplayed the risk of a second outbreak.", "downplayed", "the risk"),
    ("Judge Amy Lowe detailed the costs of the new courthouse in her ruling.", "detailed", "the costs"),
])
def test_a_verb_of_the_np_frame_reports_its_object(analyze, sentence, verb, words):
    text = "Town news\n\n" + sentence + "\n\nThe council meets again next week."
    quotes = analyze(text, published="2019-05-02").quotes
    assert len(quotes) == 1
    assert quotes[0].type == "indirect" and verb in quotes[0].cue.text
    assert quotes[0].text.startswith(words)


@pytest.mark.parametrize("sentence", [
    "The president addressed the nation on Monday night.",  # the audience, not what is said
    "Doctors examined the patient at the hospital.",
])
def test_an_audience_or_a_thing_looked_at_is_no_report(analyze, sentence):
    text = "Town news\n\n" + sentence + "\n\nThe council meets again next week."
    assert analyze(text, published="2019-05-02").quotes == []


def test_an_object_that_announces_the_quotation_after_a_colon_is_no_report(analyze):
    text = ("Town news\n\nThe mayor cited this line from the police report:\n\n“Burglaries fell by a third.”"
            "\n\nThe council meets again next week.")
    quotes = analyze(text, published="2019-05-02").quotes
    assert not any(q.text.startswith("this line") for q in quotes)
    assert any(q.text == "Burglaries fell by a third." for q in quotes)


@pytest.mark.parametrize("sentence", [
    "The convoy was attacked by militants near the border.",
    "The body was found by hikers near the river.",
    "Thousands of cars were recalled by Toyota last week.",
    "The senator, who was endorsed by the union, met voters in Ohio.",
])
def test_a_passive_of_a_verb_acting_on_things_or_a_pronoun_is_no_report(analyze, sentence):
    text = "Town news\n\n" + sentence + "\n\nThe council meets again next week."
    assert analyze(text, published="2019-05-02").quotes == []


@pytest.mark.parametrize("sentence, words", [
    ("Unions called the pension reform and the demand for longer hours a brazen attack aimed at weakening the workers.",
     "the pension reform and the demand for longer hours a brazen attack"),
    ("Activists called the ruling and the request for Smith's testimony a blatant political stunt aimed at silencing critics.",
     "the ruling and the request for Smith's testimony a blatant political stunt"),
])
def test_a_second_object_the_parser_coordinates_with_the_verb_stays_in_the_report(analyze, sentence, words):
    # the parser may read "and the demand" as a second verb's conjunct: the object, and what the
    # verb calls it, go on past it
    quotes = analyze(sentence, published="2016-09-22", lang="en").quotes
    assert len(quotes) == 1 and quotes[0].text.startswith(words)
