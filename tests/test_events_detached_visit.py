"""A visit noun between commas after the subject ("Emmanuel Macron, en visite à Pékin, a …"), which
the parser hangs on the subject's name: the name is the visitor. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "name": "Emmanuel Macron, en visite à Pékin, a promis une aide de la France.",
    "title": "Le président turc, en visite officielle au Japon, a signé plusieurs contrats.",
}

# (the conftest's `events` fixture analyses TEXTS)


def visits(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "CONSULT" and e.mode == "visit"}


def test_the_name_the_visit_hangs_on_visits(events):
    assert visits(events, "name") == {("person:emmanuel-macron", "country:CHN")}


def test_a_described_visitor_is_its_state(events):
    assert visits(events, "title") == {("country:TUR", "country:JPN")}
