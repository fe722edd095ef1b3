"""A verb with no object whose subject is an act of another type tells what became of the act
("les discussions menées par X ont repris à Nairobi": resumed, no capture of Kenya by X); an act of
the verb's own type does it, and a group noun acts on its object. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "resumed": "Les discussions menées par la Norvège ont repris à Nairobi.",
    "same_type": "Les frappes aériennes éthiopiennes ont tué quatre soldats de l'Érythrée.",
    "group_with_object": "La coalition menée par le Nigeria a bombardé le Niger.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_an_act_that_resumes_is_no_attack(events):
    assert not any(e.type == "ASSAULT" for e in events["resumed"])


def test_an_act_of_the_verbs_type_and_a_group_with_an_object_still_act(events):
    assert coded(events, "same_type") == {("ASSAULT", "country:ETH", "country:ERI")}
    assert ("ASSAULT", "country:NGA", "country:NER") in coded(events, "group_with_object")
