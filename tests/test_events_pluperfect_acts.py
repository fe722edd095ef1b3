"""An act told in the pluperfect is an earlier act than one told in the story's own past
(merging.py): "X a accusé Y …" then "X avait alors accusé Y …" are two accusations, though the
same verb tells both, and so is one in the imperfect ("X accusait Y …"); the headline's verb and the lead's are still one. Invented texts, full
pipeline."""
from __future__ import annotations

TEXTS = {
    "earlier": "Rome accuse Vienne de tricher\n\nL'Italie a accusé l'Autriche de fausser les chiffres "
               "du commerce, a rapporté l'agence Ansa.\n\nLes relations entre les deux voisins "
               "s'étaient déjà tendues l'hiver dernier. Rome avait alors accusé Vienne de fermer sa frontière.",
    "background": "Rome accuse Vienne de tricher\n\nL'Italie a accusé l'Autriche de fausser les chiffres "
                  "du commerce, a rapporté l'agence Ansa.\n\nLes relations entre les deux voisins "
                  "étaient tendues depuis des mois. Rome accusait Vienne de fermer sa frontière.",
    "repeated": "Rome accuse Vienne de tricher\n\nL'Italie a accusé l'Autriche de fausser les chiffres du commerce.",
}


def _accusations(found):
    return [e for e in found if e.type == "ACCUSE" and e.actor.actor == "country:ITA"
            and e.recipient is not None and e.recipient.actor == "country:AUT"]


def test_an_act_told_in_the_pluperfect_is_an_earlier_one(events):
    assert len(_accusations(events["earlier"])) == 2


def test_an_act_told_in_the_imperfect_is_a_background_one(events):
    assert len(_accusations(events["background"])) == 2


def test_the_headline_and_the_lead_still_tell_one_act(events):
    assert len(_accusations(events["repeated"])) == 1
