"""A promise, an acceptance, an offer or a commitment whose act is an infinitive ("promettre de
livrer des blindés à X", "accepter d'accueillir X", "s'engager à financer X"): the act's object or
complement is whom the commitment is made to (the `xcomp` marker of event_predicates.tsv).
Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "deliver": "La Norvège a promis de livrer des blindés au Ghana.",
    "host": "Le Pérou a accepté d'accueillir le président bolivien Luis Arce.",
    "fund": "Le Japon s'est engagé à financer le Kenya.",
    "no_one": "Le Portugal a promis de lutter contre la pauvreté.",
    "object_first": "La Norvège s'est engagée à soutenir le Ghana au Conseil de sécurité face à l'offensive togolaise.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_the_promised_delivery_is_promised_to_its_receiver(events):
    assert ("AGREE", "country:NOR", "country:GHA") in coded(events, "deliver")


def test_the_accepted_visit_is_accepted_towards_the_guest(events):
    assert ("AGREE", "country:PER", "person:luis-arce") in coded(events, "host")


def test_the_commitment_to_fund_is_made_to_the_funded_state(events):
    assert ("AGREE", "country:JPN", "country:KEN") in coded(events, "fund")


def test_a_promise_with_no_actor_in_its_act_names_no_recipient(events):
    assert not {c for c in coded(events, "no_one") if c[0] == "AGREE"}


def test_the_act_object_comes_before_its_modifiers(events):
    # the council where the backing happens and the aggressor it faces are no parties to the promise
    assert {c for c in coded(events, "object_first") if c[0] == "AGREE"} == {("AGREE", "country:NOR", "country:GHA")}
