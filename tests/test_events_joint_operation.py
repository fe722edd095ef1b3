"""A joint operation (GUIDELINES §7.1 cooperate: joint work; §7.2 joint actions pairwise): its
partners cooperate, and each partner attacks the target named by "contre" (the frame flag
`joint`). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "genitives": "Une opération conjointe du Kenya et de l'Ouganda contre les Chabab a été lancée hier.",
    "subjects": "Le Kenya et l'Ouganda ont lancé une opération commune contre la Somalie.",
    "demonyms": "Les armées allemande et polonaise ont mené une opération commune.",
    "alone": "Le Kenya a lancé une opération contre la Somalie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)

PARTNERS = {("COOPERATE", "country:KEN", "country:UGA"), ("COOPERATE", "country:UGA", "country:KEN")}


def test_the_partners_of_a_joint_operation_cooperate(events):
    for name in ("genitives", "subjects"):
        assert coded(events, name) & PARTNERS, name
    assert coded(events, "demonyms") & {("COOPERATE", "country:DEU", "country:POL"),
                                        ("COOPERATE", "country:POL", "country:DEU")}


def test_each_partner_attacks_the_target(events):
    assert {("ASSAULT", "country:KEN", "country:SOM"), ("ASSAULT", "country:UGA", "country:SOM")} <= \
        coded(events, "subjects")


def test_an_operation_of_one_state_is_no_cooperation(events):
    assert coded(events, "alone") == {("ASSAULT", "country:KEN", "country:SOM")}
