"""An act a verb of avoidance governs did not happen, as under a negation or a cancelling verb
(event_cancel_verbs.txt): "a évité de se rendre à X", "a renoncé à rencontrer Y" are negated
events; the same act with no such governor is not. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "avoided": "Le président péruvien a préféré éviter de se rendre en Bolivie.",
    "renounced": "Le président péruvien a renoncé à se rendre en Équateur.",
    "done": "Le président péruvien a décidé de se rendre en Bolivie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def visits(events, name, negated):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "CONSULT" and e.negated == negated}


def test_an_avoided_visit_is_negated(events):
    assert ("country:PER", "country:BOL") in visits(events, "avoided", True)
    assert not visits(events, "avoided", False)


def test_a_renounced_visit_is_negated(events):
    assert ("country:PER", "country:ECU") in visits(events, "renounced", True)
    assert not visits(events, "renounced", False)


def test_a_visit_decided_is_not_negated(events):
    assert ("country:PER", "country:BOL") in visits(events, "done", False)
