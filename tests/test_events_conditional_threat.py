"""A hostile act announced for the future or the conditional under a condition of its own is a
threat (THREATEN, the mode of the act: violence for strikes): "son pays frapperait X s'il le juge
utile". The same act done, with no condition, stays an attack. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "conditional": "Le Premier ministre indien a annoncé que son pays poursuivrait ses frappes aériennes "
                   "au Pakistan s'il le juge utile.",
    "done": "L'aviation indienne a bombardé le Pakistan.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_conditional_attack_is_a_threat(events):
    assert ("THREATEN", "country:IND", "country:PAK") in coded(events, "conditional")
    assert not any(t == "ASSAULT" for t, *_ in coded(events, "conditional"))


def test_an_attack_done_stays_an_attack(events):
    assert ("ASSAULT", "country:IND", "country:PAK") in coded(events, "done")
