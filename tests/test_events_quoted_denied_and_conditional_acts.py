"""What a quote says of its target's hostile act is a charge only when asserted
(events/quote_acts.py): denied ("« le Togo n'a jamais attaqué nos soldats »") it charges no one; set
as a condition ("« si le Togo attaquait nos soldats, ce serait la guerre »") it warns the target
(THREATEN), no accusation. A cue reflexive where its row is not ("se demande si …": wonders) types
no demand. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
TEXTS = {
    "denied": "Le ministre ghanéen de la Défense a affirmé que « le Togo n'a jamais attaqué nos soldats ».",
    "condition": "« Si le Togo attaquait nos soldats, ce serait la guerre », a déclaré le ministre ghanéen de la Défense.",
    "asserted": "Le ministre ghanéen de la Défense a affirmé que « le Togo a attaqué nos soldats ».",
    "wonders": "Le ministre ghanéen de la Défense se demande « si le Togo a vraiment bombardé nos villages ».",
}
ACCUSE = ("ACCUSE", "country:GHA", "country:TGO")


def test_a_denied_attack_charges_no_one(events):
    assert ACCUSE not in coded(events, "denied")


def test_a_conditional_attack_is_a_warning(events):
    found = coded(events, "condition")
    assert ("THREATEN", "country:GHA", "country:TGO") in found and ACCUSE not in found


def test_an_asserted_attack_is_a_charge(events):
    assert ACCUSE in coded(events, "asserted")


def test_wondering_is_no_demand(events):
    assert ("REQUEST", "country:GHA", "country:TGO") not in coded(events, "wonders")
