"""A hostile cue that judges an act ("a dénoncé une décision « irresponsable »": its object a
bridging act noun or an event noun) and whose quote names no foreign actor is aimed at the state
the article is about, though that state did nothing to the speaker's (events/quote_events.py);
a cue judging anything else ("une situation « inacceptable »") keeps to the article's other
party only. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
ACT = "Le Togo a fermé lundi sa frontière avec le Bénin. Le Togo invoque des raisons de sécurité."
SPEAKER = "Le ministre nigérian des Affaires étrangères"
TEXTS = {
    "decision": f"{ACT} {SPEAKER} a dénoncé une décision « irresponsable ».",
    "situation": f"{ACT} {SPEAKER} a dénoncé une situation « inacceptable ».",
}


def test_a_judged_decision_blames_the_state_the_article_is_about(events):
    assert ("ACCUSE", "country:NGA", "country:TGO") in coded(events, "decision")


def test_a_judged_situation_blames_no_one(events):
    assert not any(actor == "country:NGA" for _, actor, _ in coded(events, "situation"))
