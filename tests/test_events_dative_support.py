"""The dative of a light verb that hands its noun to someone (event_dative_support_verbs.txt) is
whom the act is aimed at, though the noun's own frame marks its target otherwise ("des droits de
douane sur X"): "infliger des droits de douane à X", "X s'est vu infliger des droits de douane".
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "perceived": "La Norvège s'est vu infliger des droits de douane de 20% par l'administration Biden.",
    "dative": "Ottawa a imposé des droits de douane au Chili.",
}
TITLED = True


def test_the_subject_of_se_voir_infliger_is_the_target(events):
    assert ("SANCTION", "country:USA", "country:NOR") in coded(events, "perceived")


def test_the_dative_of_imposer_is_the_target(events):
    assert ("SANCTION", "country:CAN", "country:CHL") in coded(events, "dative")
