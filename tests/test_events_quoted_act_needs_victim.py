"""A quote says its target acts with hostility (an accusation, events/quote_acts.py) only when the
material-conflict verb has the complement its row reads the victim in, when that is a preposition:
"prendre X à Y" seizes, "« le Canada prend un risque »" is an opinion, no charge; "tirer sur X"
still accuses. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
SPEAKER = "Le ministre ghanéen des Affaires étrangères, Kofi Mensah, a déclaré que"
TEXTS = {
    "risk": f"{SPEAKER} « le Togo prend un risque si la crise dure ».",
    "fire": f"{SPEAKER} « le Togo tire sur nos soldats ».",
}


def test_taking_a_risk_is_no_hostile_act(events):
    assert not any(kind == "ACCUSE" for kind, _, _ in coded(events, "risk"))


def test_firing_on_soldiers_is_one(events):
    assert ("ACCUSE", "person:kofi-mensah", "country:TGO") in coded(events, "fire")
