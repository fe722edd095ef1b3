"""The name of an organisation a common noun classifies, its first word tagged as a noun ("le
groupe État islamique"), is the actor of a complement that is not searched ("contre …").
Invented sentence, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "group": "L'armée irakienne a multiplié ses offensives contre le groupe État islamique près de Mossoul.",
}

TITLED = True


def test_the_classified_name_is_the_target(events):
    assert ("ASSAULT", "country:IRQ", "org:etat-islamique") in coded(events, "group")
