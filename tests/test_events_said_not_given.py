"""What is said or shown is no aid when it is given or sent: "fournir des explications à X",
"fournir des preuves à X" code no AID (carrier nouns, as "envoyer un message à X"), while
arms given or delivered stay aid. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "explained": "Le Kenya a fourni des explications détaillées à l'Éthiopie.",
    "version": "Les États-Unis ont livré à l'Ukraine une nouvelle version du système Patriot.",
    "proof": "Le Kenya a fourni des preuves à l'Ouganda.",
    "arms": "Le Kenya a livré des armes à l'Ouganda.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["explained", "proof"])
def test_what_is_said_or_shown_is_no_aid(events, name):
    assert not any(t == "AID" for t, *_ in coded(events, name))


def test_arms_delivered_stay_aid(events):
    assert ("AID", "country:KEN", "country:UGA") in coded(events, "arms")


def test_a_new_version_of_a_weapon_delivered_is_aid(events):
    # review: "version" is no carrier noun: a weapon system's new version is what is given
    assert ("AID", "country:USA", "country:UKR") in coded(events, "version")
