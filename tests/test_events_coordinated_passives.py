"""Past participles coordinated under one passive auxiliary share its voice, its surface subject and
the agent the parser hangs on the last of them ("le Hamas est soutenu et financé par le Qatar": Qatar
supports and funds Hamas); a coordinated verb with a subject of its own keeps it. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "two": "Le Polisario est soutenu et financé par l'Algérie.",
    "own": "Le Liban a été bombardé par Israël et la Syrie a condamné les frappes.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_coordinated_participles_share_the_agent_and_the_subject(events):
    found = coded(events, "two")
    assert {("SUPPORT", "country:DZA", "org:polisario"), ("AID", "country:DZA", "org:polisario")} <= found


def test_a_coordinated_clause_with_its_own_subject_is_active(events):
    found = coded(events, "own")
    assert ("ASSAULT", "country:ISR", "country:LBN") in found
    assert ("ACCUSE", "country:SYR", "country:ISR") in found
