"""A verbal reaction whose object names a side of its own, unresolved ("a condamné les séparatistes
prorusses", "les rebelles"), is aimed at that side, not at the state the article is about
(reactions.reaction); with no object at all it still answers that state. Invented sentences, full
pipeline."""
from __future__ import annotations

TEXTS = {
    "side": "La Russie a livré des armes aux séparatistes. Kiev a condamné les séparatistes prorusses.",
    "bare": "La Russie a envahi l'Ukraine. La France a condamné fermement.",
}


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_condemned_side_is_not_the_state_spoken_of(events):
    assert ("ACCUSE", "country:UKR", "country:RUS") not in pairs(events, "side")


def test_a_condemnation_with_no_object_answers_the_state_spoken_of(events):
    assert ("ACCUSE", "country:FRA", "country:RUS") in pairs(events, "bare")
