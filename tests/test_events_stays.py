"""A stay, a stopover or a first step on the host's soil is a visit ("a séjourné à Bagdad", "a fait
escale à Doha"); tourists who stay are no guests of a state. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "stay": "Le ministre des Affaires étrangères iranien a séjourné deux jours à Bagdad.",
    "stopover": "Le ministre turc des Affaires étrangères a fait escale à Doha.",
    "soil": "Le Premier ministre indien a foulé le sol de la Chine.",
    "tourists": "Des touristes allemands ont séjourné à Rome.",
    "troops": "Les troupes russes ont foulé le sol ukrainien au petit matin.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_stay_or_a_stopover_is_a_visit(events):
    assert ("CONSULT", "country:IRN", "country:IRQ") in coded(events, "stay")
    assert ("CONSULT", "country:TUR", "country:QAT") in coded(events, "stopover")
    assert ("CONSULT", "country:IND", "country:CHN") in coded(events, "soil")


def test_tourists_staying_are_no_visit(events):
    assert not coded(events, "tourists")


def test_troops_on_the_soil_are_no_visit(events):
    assert not {e for e in coded(events, "troops") if e[0] == "CONSULT"}
