"""A quote that says its target threatens ("« le Togo menace notre pays »") accuses the target:
the threat word is the target's act, not the speaker's threat (events/quote_acts.py); the speaker's
own threat ("« nous menaçons le Togo »") stays one. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
SAID = "a déclaré le ministre ghanéen des Affaires étrangères."
TEXTS = {
    "target_threatens": f"« Le Togo menace notre pays », {SAID}",
    "speaker_threatens": f"« Nous menaçons le Togo de sanctions », {SAID}",
}


def test_a_quote_saying_its_target_threatens_accuses_it(events):
    assert coded(events, "target_threatens") == {("ACCUSE", "country:GHA", "country:TGO")}


def test_the_speakers_own_threat_stays_a_threat(events):
    assert ("THREATEN", "country:GHA", "country:TGO") in coded(events, "speaker_threatens")
