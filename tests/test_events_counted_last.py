"""A counted "les deux derniers" (tagged an adjective used as a noun) takes up the last two actors
named, as a counted noun anaphor does. Invented French text through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "last_two": "Le Mali a convoqué mardi les ambassadeurs de la France, du Canada et de l'Italie.\n\n"
                "Les deux derniers ont ensuite rencontré le ministre malien des Affaires étrangères.",
}
TITLED = True


def test_the_two_last_named_meet(events):
    found = coded(events, "last_two")
    assert ("CONSULT", "country:CAN", "country:MLI") in found
    assert ("CONSULT", "country:ITA", "country:MLI") in found
    assert ("CONSULT", "country:FRA", "country:MLI") not in found
