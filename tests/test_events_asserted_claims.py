"""A verb of support that asserts ("soutenir que": to maintain) supports no one: with a "que"
clause or as a quote's cue it types nothing, the quote's words do ("a soutenu que l'Ukraine
mentait" is a charge, not support), while "soutenir X" stays support (frame flag `asserts`).
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "lied": "Le ministre russe a soutenu que le gouvernement ukrainien mentait sur les pertes.",
    "bombed": "Le ministre russe a soutenu que l'Ukraine avait bombardé une école.",
    "backed": "La Russie soutient le Venezuela.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_charge_maintained_is_a_charge(events):
    assert ("ACCUSE", "country:RUS", "country:UKR") in coded(events, "lied")
    assert not any(t == "SUPPORT" for t, *_ in coded(events, "lied"))


def test_an_attack_maintained_is_no_support(events):
    assert not any(t == "SUPPORT" for t, *_ in coded(events, "bombed"))


def test_supporting_a_state_stays_support(events):
    assert ("SUPPORT", "country:RUS", "country:VEN") in coded(events, "backed")


def test_the_flag_is_read_from_the_pack():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.events.predicates import predicate_table
    pack = load_pack("fr")
    rows = predicate_table(pack).by_head[("soutenir", "verb")]
    assert any(row.asserts for row in rows)

