"""A verbless "dont" list at the end of a sentence, after the object, names the members of a plural
subject that names no actor ("Plusieurs États ont condamné l'essai, dont le Japon et la Corée du
Sud"): a partitive relative needs a plural antecedent, so one hung on a singular noun that is no
group belongs to the subject group. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "extraposed": "Plusieurs États ont vivement critiqué mardi la Corée du Nord, dont le Japon et "
                  "l'Australie.",
    "three_names": "Plusieurs États ont vivement critiqué mardi la Corée du Nord, dont le Japon, la France "
                   "et l'Australie.",
    "plural_object": "Le Brésil a reçu mardi plusieurs délégations, dont le Japon et l'Australie.",
}
TITLED = True


def _pairs(events, name):
    return {(a, r) for _, a, r in coded(events, name)}


def test_an_extraposed_list_names_the_subject_members(events):
    pairs = _pairs(events, "extraposed")
    assert ("country:JPN", "country:PRK") in pairs
    assert ("country:AUS", "country:PRK") in pairs
    assert not any(r in ("country:JPN", "country:AUS") for _, r in pairs)


def test_every_name_of_a_longer_list_is_a_subject_member(events):
    pairs = _pairs(events, "three_names")
    assert {("country:JPN", "country:PRK"), ("country:FRA", "country:PRK"), ("country:AUS", "country:PRK")} <= pairs
    assert not any(r in ("country:JPN", "country:FRA", "country:AUS") for _, r in pairs)


def test_a_list_after_a_plural_object_stays_with_the_object(events):
    pairs = _pairs(events, "plural_object")
    assert not any(a in ("country:JPN", "country:AUS") for a, _ in pairs)
