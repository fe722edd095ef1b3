""""Selon Kinshasa, le Rwanda soutient les rebelles": a reaction with no recipient named is aimed at
the state the article is about (reactions.reaction), but not when that state is who reports the
act: the speaker of the words it stands in is no recipient. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "reported": "Selon Kinshasa, le Burundi soutient les rebelles.",
    "unreported": "Kinshasa est inquiet. Le Burundi soutient les rebelles.",
}

# (the conftest's `events` fixture analyses TEXTS)


def test_the_state_reporting_the_act_is_not_its_recipient(events):
    assert not any(e.actor.actor == "country:BDI" and e.recipient.actor == "country:COD"
                   for e in events["reported"])


def test_with_no_report_the_state_spoken_of_still_answers(events):
    assert any(e.actor.actor == "country:BDI" and e.recipient.actor == "country:COD" for e in events["unreported"])
