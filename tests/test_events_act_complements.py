"""The "de" complement of an act noun belongs to that act ("à la demande du Royaume-Uni", "à
l'invitation de X"): it is neither the place of another predicate (slots.read_slot, place role)
nor a complement of that predicate read after it (displaced.linear_companion). Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "recall": "L'Union européenne a rappelé son ambassadeur à la demande du Royaume-Uni.",
    "visit": "Le président tchadien est arrivé en visite officielle en Chine.",
}


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_who_asked_for_a_recall_is_not_its_target(events):
    assert not any(t == "PROTEST" and r == "country:GBR" for t, _, r in pairs(events, "recall"))


def test_a_place_after_an_act_noun_is_still_a_place(events):
    assert ("CONSULT", "country:TCD", "country:CHN") in pairs(events, "visit")
