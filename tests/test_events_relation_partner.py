"""Praise of a relation is aimed at the partner it names ("louer une relation constructive avec X",
"saluer le partenariat avec X"): the verb's object names no actor of its own. Blame of a relation
may be of a third party's, so it stays unaimed. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "praised_relation": "Le Japon a loué une relation positive avec le Kenya.",
    "praised_partnership": "Le Japon a salué le partenariat avec le Kenya.",
    "blamed_cooperation": "Le Japon a critiqué la coopération avec le Kenya.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", ["praised_relation", "praised_partnership"])
def test_praise_of_a_relation_is_aimed_at_the_partner(events, name):
    assert ("SUPPORT", "country:JPN", "country:KEN") in coded(events, name)


def test_blame_of_a_relation_names_no_target(events):
    assert not coded(events, "blamed_cooperation")
