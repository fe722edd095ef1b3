"""An armed group born in one state and fighting from another (the ADF, Ugandan rebels based in
eastern Congo and affiliated with the Islamic State) is a transnational group, of no one state:
the state it came from fights it as a foreign non-state actor (GUIDELINES §7), not as its own.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "origin": "L'aviation ougandaise a bombardé mardi plusieurs camps des ADF.",
}

TITLED = True


def test_the_state_a_transnational_group_came_from_attacks_it(events):
    assert ("ASSAULT", "country:UGA", "org:adf") in coded(events, "origin")
