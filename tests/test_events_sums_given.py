"""A sum given toward an effort or earmarked is aid: "contribuer pour / à hauteur de N millions",
"allouer" or "consacrer N millions à X" are AID, as "débloquer N millions" is; contributing to
something that is no sum is none. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "contribute": "La Norvège contribuera pour 3 millions d'euros au Soudan.",
    "up_to": "La Norvège a contribué à hauteur de 3 millions d'euros au Soudan.",
    "allocate": "Le Japon a alloué 5 millions de dollars au Liban.",
    "devote": "La Suède consacrera 10 millions d'euros à la Moldavie.",
    "no_sum": "La Norvège a contribué au succès des pourparlers entre le Soudan et le Tchad.",
}

TITLED = True


def test_a_sum_given_or_earmarked_is_aid(events):
    assert ("AID", "country:NOR", "country:SDN") in coded(events, "contribute")
    assert ("AID", "country:NOR", "country:SDN") in coded(events, "up_to")
    assert ("AID", "country:JPN", "country:LBN") in coded(events, "allocate")
    assert ("AID", "country:SWE", "country:MDA") in coded(events, "devote")


def test_contributing_no_sum_is_no_aid(events):
    assert not any(e.type == "AID" for e in events["no_sum"])

