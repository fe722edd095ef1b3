"""Assuring someone of one's support ("a assuré X de son soutien") is support of the subject for
the object; the noun is no act of its own, whose reading would make the object back the subject.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "assured": "Le Premier ministre canadien a assuré le gouvernement letton de son « soutien indéfectible ».",
    "solidarity": "Le président chilien a assuré Lima de la solidarité du Chili.",
}

TITLED = True


def test_the_assured_object_is_backed(events):
    assert coded(events, "assured") == {("SUPPORT", "country:CAN", "country:LVA")}
    assert coded(events, "solidarity") == {("SUPPORT", "country:CHL", "country:PER")}
