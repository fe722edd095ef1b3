"""An act a demand wants stopped is going on: "X appelle Y à cesser ses frappes sur Z" states the
demand (X to Y) and the strikes (Y on Z), done by the one asked, not the one asking
(governors.goes_on, frames.asked_to_stop); aid a demand wants stopped is no event of its own (a
wanted sanction), nor a threat (withdrawn), nor an act only wanted. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "strikes": "Le Portugal a appelé l'Azerbaïdjan à cesser ses frappes sur l'Arménie.",
    "infinitive": "Le Chili a appelé la Russie à cesser de bombarder l'Ukraine.",
    "end": "Le Ghana a exhorté le Soudan à mettre fin à ses attaques contre le Tchad.",
    "aid": "Le Kenya a appelé l'Ouganda à cesser son aide au Soudan du Sud.",
    "threat": "La Suède a appelé la Chine à cesser ses menaces contre les Philippines.",
    "wanted": "L'Égypte appelle la Turquie à ne pas attaquer la Libye.",
}

TITLED = True


def test_the_act_a_demand_wants_stopped_is_an_event_of_the_one_asked(events):
    assert ("ASSAULT", "country:AZE", "country:ARM") in coded(events, "strikes")
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "infinitive")
    assert ("ASSAULT", "country:SDN", "country:TCD") in coded(events, "end")
    assert ("REQUEST", "country:PRT", "country:AZE") in coded(events, "strikes")
    assert not any(actor == "country:PRT" for kind, actor, _ in coded(events, "strikes") if kind == "ASSAULT")


def test_aid_threats_and_wanted_acts_stay_inside_the_demand(events):
    assert not any(kind == "AID" for kind, _, _ in coded(events, "aid"))
    assert not any(kind == "THREATEN" for kind, _, _ in coded(events, "threat"))
    assert not any(kind == "ASSAULT" for kind, _, _ in coded(events, "wanted"))
