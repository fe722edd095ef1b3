"""Light verbs of making official and carrying out ("concrétiser un accord", "opérer des
frappes", "formaliser sa demande"): their subject acts the noun they govern. Invented sentences,
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "agreement": "Le Mali et le Niger ont concrétisé un accord de défense.",
    "strikes": "L'aviation turque a opéré des frappes contre des positions syriennes.",
    "validated": "Le Japon et l'Inde ont validé un accord commercial.",
}

TITLED = True


def test_the_subject_of_the_light_verb_acts(events):
    assert ("AGREE", "country:MLI", "country:NER") in coded(events, "agreement")
    assert ("ASSAULT", "country:TUR", "country:SYR") in coded(events, "strikes")
    assert ("AGREE", "country:JPN", "country:IND") in coded(events, "validated")
