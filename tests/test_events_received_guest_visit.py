"""A guest received at a place by a host ("X a été reçu au Kremlin par Y") meets the host and visits
the state of the place: the host row is joint (frames.joint_target reads the next row of another
type or mode), so the visit row reads the guest's visit too; no place, no visit; a guest of the
place's own state visits no one. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "placed": "Le Premier ministre hongrois Viktor Orban a été reçu vendredi au Kremlin par Vladimir Poutine.",
    "unplaced": "Le ministre congolais a été reçu vendredi par son homologue russe, Sergueï Lavrov.",
    "at_home": "Le président sénégalais a été reçu à Dakar par Emmanuel Macron.",
}

TITLED = True


def _modes(events, name):
    return {(e.mode, e.recipient.actor) for e in events[name] if e.type == "CONSULT"}


def test_a_guest_received_at_a_place_visits_its_state_and_is_hosted(events):
    modes = _modes(events, "placed")
    assert ("visit", "country:RUS") in modes
    assert any(mode == "host" for mode, _ in modes)


def test_no_place_no_visit(events):
    assert not any(mode == "visit" for mode, _ in _modes(events, "unplaced"))


def test_a_guest_at_home_visits_no_one(events):
    assert not any(mode == "visit" for mode, _ in _modes(events, "at_home"))
