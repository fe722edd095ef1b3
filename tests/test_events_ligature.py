"""The ligature typed as two letters ("manoeuvres", "oeuvrer") finds the table's "œ" rows.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "drills": "Des manoeuvres navales conjointes entre l'Inde et le Japon ont débuté lundi.",
    "work": "Le Chili et l'Argentine oeuvrent ensemble pour la paix.",
}

TITLED = True


def test_oe_spelt_in_two_letters(events):
    assert coded(events, "drills") == {("COOPERATE", "country:IND", "country:JPN")}
    assert coded(events, "work") == {("COOPERATE", "country:CHL", "country:ARG")}
