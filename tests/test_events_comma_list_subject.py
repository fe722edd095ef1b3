"""A subject list "X, Y et Z" the parser split into two subjects of the verb, the first one alone
before a comma: the first member still acts. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "summit": "Le Pérou, la Corée du Sud et le Canada ont tenu un sommet à Lima.",
    "two_subjects": "Le Pérou et le Canada ont tenu un sommet à Lima.",
}

TITLED = True


def test_the_first_member_before_the_comma_acts(events):
    pairs = {frozenset((actor, recipient)) for _, actor, recipient in coded(events, "summit")}
    assert frozenset(("country:PER", "country:KOR")) in pairs
    assert frozenset(("country:PER", "country:CAN")) in pairs


def test_two_members_as_before(events):
    pairs = {frozenset((actor, recipient)) for _, actor, recipient in coded(events, "two_subjects")}
    assert pairs == {frozenset(("country:PER", "country:CAN"))}
