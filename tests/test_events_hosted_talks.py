"""The host of talks between two sides receives each of them ("L'Égypte a accueilli des pourparlers
entre Israël et le Hamas": a star from the host, as the guidelines want for multilateral meetings),
and the sides still meet. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "talks": "L'Égypte a accueilli des pourparlers entre Israël et le Hamas.",
    "meeting": "La Suisse a accueilli une rencontre entre Joe Biden et Vladimir Poutine.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_host_of_talks_receives_each_side(events):
    assert {("CONSULT", "host", "country:EGY", "country:ISR"),
            ("CONSULT", "host", "country:EGY", "org:hamas"),
            ("CONSULT", "meet", "country:ISR", "org:hamas")} == coded(events, "talks")


def test_the_host_of_a_meeting_receives_each_side(events):
    assert {("CONSULT", "host", "country:CHE", "person:joe-biden"),
            ("CONSULT", "host", "country:CHE", "person:vladimir-poutine")} <= coded(events, "meeting")
