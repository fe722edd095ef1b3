"""The target of a noun predicate named in a relative clause whose subject is the relative pronoun
("les sanctions canadiennes qui visent le Venezuela"), as in the participle ("visant X").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "relative": "Les sanctions canadiennes qui visent le Venezuela ont été renforcées.",
    "object_relative": "Les sanctions canadiennes que le Venezuela dénonce ont été renforcées.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_relative_clause_names_the_target(events):
    assert ("SANCTION", "country:CAN", "country:VEN") in coded(events, "relative")


def test_the_subject_of_an_object_relative_is_no_target(events):
    assert ("SANCTION", "country:CAN", "country:VEN") not in coded(events, "object_relative")
