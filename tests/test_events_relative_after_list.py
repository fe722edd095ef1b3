"""The antecedent of a relative "qui" after a comma that follows a list: a plural verb on a last
member in the singular stands for the whole list ("l'Estonie, la Lettonie et la Lituanie, qui ont
reconnu …": all three recognise); a singular verb keeps the last member. Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "plural": "Le Japon a été imité par l'Estonie, la Lettonie et la Lituanie, qui ont expulsé des diplomates russes.",
    "singular": "Le Brésil soutient le Pérou et le Chili, qui a reconnu le Kosovo.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_plural_relative_stands_for_each_member(events):
    expelled = {(a, r) for t, a, r in coded(events, "plural") if t == "SANCTION"}
    assert expelled == {("country:EST", "country:RUS"), ("country:LVA", "country:RUS"),
                        ("country:LTU", "country:RUS")}


def test_a_singular_relative_keeps_the_last_member(events):
    assert not any(a == "country:PER" and r == "country:XKX" for _, a, r in coded(events, "singular"))
