"""The antecedent of a relative "qui" after a comma and a place complement: the noun the place
hangs on ("les embuscades de X dans la forêt, qui ont coûté la vie à …": the ambushes act, not the
forest). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "after_place": "Les embuscades de Boko Haram dans la forêt, qui ont coûté la vie à quatre soldats tchadiens, "
                   "se multiplient.",
    "no_place": "Les embuscades de Boko Haram, qui ont coûté la vie à quatre soldats tchadiens, se multiplient.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", list(TEXTS))
def test_the_relative_stands_for_the_ambushes(events, name):
    assert ("ASSAULT", "org:boko-haram", "country:TCD") in coded(events, name)
