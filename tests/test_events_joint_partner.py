"""Who acts "avec" the actor acts too (GUIDELINES §7.2: joint actions, one event per actor), when
the predicate's frame gives "avec" no role of its own: "signer un accord avec X" keeps X as the
other side, and an instrument ("avec des avions") is no actor. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "joint": "Le Ghana, avec le Togo, a attaqué le Burkina Faso.",
    "condemned": "Le Pérou a condamné avec le Chili les essais nucléaires nord-coréens.",
    "signed": "Le Ghana a signé un accord avec le Togo.",
    "instrument": "Le Ghana a bombardé le Burkina Faso avec des avions.",
    "side_by_side": "Les soldats ghanéens, aux côtés des forces togolaises, ont attaqué le Burkina Faso.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_partner_of_an_attack_attacks_too(events):
    assert coded(events, "joint") == {("ASSAULT", "country:GHA", "country:BFA"),
                                      ("ASSAULT", "country:TGO", "country:BFA")}


def test_who_acts_side_by_side_acts_too(events):
    assert coded(events, "side_by_side") == {("ASSAULT", "country:GHA", "country:BFA"),
                                            ("ASSAULT", "country:TGO", "country:BFA")}


def test_a_partner_of_a_condemnation_condemns_too(events):
    assert {actor for _, actor, _ in coded(events, "condemned")} == {"country:PER", "country:CHL"}


def test_the_other_side_of_an_agreement_stays_the_recipient(events):
    assert coded(events, "signed") == {("AGREE", "country:GHA", "country:TGO")}


def test_an_instrument_is_no_actor(events):
    assert {actor for _, actor, _ in coded(events, "instrument")} == {"country:GHA"}
