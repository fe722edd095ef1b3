"""Support that an aid is for is that aid: "une enveloppe de 9 millions pour soutenir l'armée
malienne" is AID, not a verbal SUPPORT; support stated alone stays SUPPORT. Invented sentences,
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "aid_aim": "La Norvège a annoncé une enveloppe de 9 millions de dollars pour soutenir l'armée malienne.",
    "funds_aim": "Le Japon a débloqué 5 millions de dollars pour soutenir les autorités libanaises.",
    "plain_support": "La Norvège a annoncé qu'elle allait soutenir le Mali à l'ONU.",
}

TITLED = True


def test_support_that_an_aid_is_for_is_that_aid(events):
    assert ("AID", "country:NOR", "country:MLI") in coded(events, "aid_aim")
    assert ("SUPPORT", "country:NOR", "country:MLI") not in coded(events, "aid_aim")
    assert ("AID", "country:JPN", "country:LBN") in coded(events, "funds_aim")


def test_support_stated_alone_stays_support(events):
    assert ("SUPPORT", "country:NOR", "country:MLI") in coded(events, "plain_support")
