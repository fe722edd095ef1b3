"""Goods received that a demonym says the origin of ("a reçu des drones turcs") are aid from that
state, not a visit hosted: the object names what is given, not a guest. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "goods_demonym": "Le Niger a reçu des drones turcs.",
    "obtained": "Le Burkina Faso a obtenu des hélicoptères russes.",
    "no_origin": "Le Niger a reçu des drones.",
    "guest": "Le Niger a reçu le président turc.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_goods_of_a_state_received_are_its_aid(events):
    assert coded(events, "goods_demonym") == {("AID", "country:TUR", "country:NER")}
    assert coded(events, "obtained") == {("AID", "country:RUS", "country:BFA")}


def test_goods_of_no_named_origin_give_no_event_and_a_guest_is_hosted(events):
    assert not coded(events, "no_origin")
    assert coded(events, "guest") == {("CONSULT", "country:NER", "country:TUR")}
