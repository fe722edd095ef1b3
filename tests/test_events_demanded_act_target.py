"""A demand whose act is an infinitive ("appeler à sanctionner X", "exiger de rencontrer X",
"réclamer de négocier avec X"): with no addressee named, the demand is aimed at whom the demanded
act names (the `xcomp` marker of event_predicates.tsv, after "à X" and the que-clause's subject).
Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "sanction": "La Norvège a appelé à sanctionner le Soudan.",
    "meet": "Le Ghana a exigé de rencontrer le président togolais.",
    "negotiate": "Le Chili a réclamé de négocier avec le Pérou.",
    "addressee": "Le Ghana a demandé au Togo de libérer les otages.",
    "no_one": "La Norvège a appelé à respecter le cessez-le-feu.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_a_call_to_sanction_is_aimed_at_the_state_to_sanction(events):
    assert ("REQUEST", "country:NOR", "country:SDN") in coded(events, "sanction")


def test_a_demand_to_meet_is_aimed_at_whom_it_would_meet(events):
    assert ("REQUEST", "country:GHA", "country:TGO") in coded(events, "meet")


def test_a_demand_to_negotiate_is_aimed_at_the_other_party(events):
    assert ("REQUEST", "country:CHL", "country:PER") in coded(events, "negotiate")


def test_a_named_addressee_still_comes_first(events):
    assert coded(events, "addressee") == {("REQUEST", "country:GHA", "country:TGO")}


def test_a_call_with_no_actor_in_its_act_names_no_recipient(events):
    assert not {c for c in coded(events, "no_one") if c[0] == "REQUEST"}
