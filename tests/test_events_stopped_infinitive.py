"""A stop verb halts the cooperation its infinitive names, as it halts a noun's ("interrompre son
aide"): "cesser de financer X", "cesser de soutenir X" reduce or stop aid and support, PLOVER
SANCTION (suspend), not AID or SUPPORT. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "fund": "La Norvège a cessé de financer le Nicaragua en mars.",
    "back": "Le Chili cessera de soutenir le gouvernement vénézuélien.",
    "plain": "La Norvège a décidé de financer le Nicaragua.",
    "keeps_on": "Le Chili ne cesse de soutenir le gouvernement vénézuélien.",
    "never_stopped": "Depuis 2020, la Norvège n'a cessé de financer le Nicaragua.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_ceasing_to_fund_is_a_sanction(events):
    found = coded(events, "fund")
    assert ("SANCTION", "country:NOR", "country:NIC") in found
    assert not any(t == "AID" for t, *_ in found)


def test_ceasing_to_back_is_a_sanction(events):
    found = coded(events, "back")
    assert ("SANCTION", "country:CHL", "country:VEN") in found
    assert not any(t == "SUPPORT" for t, *_ in found)


def test_funding_decided_stays_aid(events):
    assert ("AID", "country:NOR", "country:NIC") in coded(events, "plain")


@pytest.mark.parametrize("name,etype", [("keeps_on", "SUPPORT"), ("never_stopped", "AID")])
def test_a_negated_stop_verb_goes_on(events, name, etype):
    # review: "ne cesse de soutenir" (the "ne" alone negates) keeps on supporting: no suspension
    found = coded(events, name)
    assert any(t == etype for t, *_ in found)
    assert not any(t == "SANCTION" for t, *_ in found)
