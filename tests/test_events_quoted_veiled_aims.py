"""Veiled threats (events/quote_acts.py, event_veiled_threats.tsv): reserving the right to act ("« le
Ghana se réserve le droit de prendre des mesures »", "de répondre") announces a retaliation, as
"les mesures nécessaires" do; measures aimed, by "contre", at a thing that is no actor ("pour
protéger la population contre l'épidémie", "afin de lutter contre la propagation du virus")
protect, they threaten no one; aimed at an actor's acts ("contre les provocations togolaises"),
they still threaten. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True
ACT = "Le Togo a expulsé mardi trois diplomates ghanéens."
SAID = "a déclaré le ministre ghanéen de l'Intérieur, Kofi Mensah."
TEXTS = {
    "reserved": f"{ACT} « Le Ghana se réserve le droit de prendre des mesures pour protéger ses intérêts », {SAID}",
    "answer": f"{ACT} « Nous nous réservons le droit de répondre », {SAID}",
    "epidemic": f"{ACT} « Nous prendrons toutes les mesures nécessaires pour protéger la population contre "
                f"l'épidémie », {SAID}",
    "virus": f"{ACT} « Le Ghana prendra les mesures nécessaires afin de lutter contre la propagation du virus », {SAID}",
    "provocations": f"{ACT} « Nous prendrons toutes les mesures nécessaires pour nous protéger contre les "
                    f"provocations togolaises », {SAID}",
    "relayed": "« Le Togo se réserve le droit de prendre des mesures », a déclaré le porte-parole du "
               "gouvernement ghanéen, Kofi Mensah.",
}
THREAT = ("THREATEN", "person:kofi-mensah", "country:TGO")


def test_reserving_the_right_to_take_measures_threatens(events):
    assert THREAT in coded(events, "reserved")


def test_reserving_the_right_to_answer_threatens(events):
    assert THREAT in coded(events, "answer")


def test_measures_against_an_epidemic_threaten_no_one(events):
    assert THREAT not in coded(events, "epidemic")
    assert THREAT not in coded(events, "virus")


def test_measures_against_an_actors_acts_still_threaten(events):
    assert THREAT in coded(events, "provocations")


def test_the_targets_own_reserved_right_is_no_threat_of_the_speaker(events):
    # the target is the subject of the verb that reserves the right: its own retaliation, relayed
    assert not any(kind == "THREATEN" for kind, _, _ in coded(events, "relayed"))
