"""A passive of a verb whose object is what is said, with an agent: the passive subject (or the noun
a passive participle modifies) is the report, the agent its speaker (frames.passive_object). The
texts are invented."""

import pytest


@pytest.mark.parametrize("sentence, words, speaker", [
    ("The new transit levy was endorsed by the regional chamber of commerce.", "The new transit levy",
     "chamber of commerce"),
    ("The bike lanes were praised by local cyclists.", "The bike lanes", "cyclists"),
    ("Work starts in May on the bike lanes, a plan backed by the city's planners.", "a plan", "planners"),
])
def test_a_passive_with_its_agent_reports_its_subject(analyze, sentence, words, speaker):
    text = "City news\n\n" + sentence + "\n\nThe council meets again next week."
    quotes = analyze(text, published="2019-05-02").quotes
    found = [q for q in quotes if q.text == words]
    assert len(found) == 1 and found[0].type == "indirect"
    assert speaker in found[0].speaker.name


def test_a_passive_without_an_agent_reports_nothing(analyze):
    text = "City news\n\nThe new transit levy was endorsed last week.\n\nThe council meets again."
    assert analyze(text, published="2019-05-02").quotes == []
