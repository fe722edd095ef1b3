"""Sheltering or training an armed group is military cooperation with it, not the hosting of a
guest ("abriter des combattants de X", "entraîner les rebelles de X"), also when the verb shares
its object with the verb coordinated after it ("héberger et armer les rebelles de X"). Invented
French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "sheltered": "Le Mali accuse la Mauritanie d'abriter des combattants du Hezbollah.",
    "shared": "Le Tchad accuse le Cameroun d'héberger et de financer les rebelles du Hezbollah.",
    "trained": "Selon Kinshasa, l'Ouganda entraîne les miliciens du Hezbollah.",
    "guest": "Le Kenya a hébergé le président somalien.",
}
TITLED = True


def test_sheltering_an_armed_group_is_cooperation(events):
    assert ("COOPERATE", "country:MRT", "org:hezbollah") in coded(events, "sheltered")
    assert ("COOPERATE", "country:UGA", "org:hezbollah") in coded(events, "trained")


def test_a_shared_object_completes_the_first_verb(events):
    found = coded(events, "shared")
    assert ("COOPERATE", "country:CMR", "org:hezbollah") in found
    assert not any(t == "CONSULT" for t, _, _ in found)


def test_a_guest_is_still_hosted(events):
    assert ("CONSULT", "country:KEN", "country:SOM") in coded(events, "guest")
