"""A demand is aimed at the target of the hostile act it calls for ("réclamer des sanctions contre
X", "appeler à des frappes contre X"): the act itself is not stated (it is only asked for), so the
demand is the event, and its recipient is the act's target. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "claimed": "Le Danemark a réclamé des sanctions contre la Biélorussie.",
    "called": "Le Danemark a appelé à des frappes contre l'État islamique.",
    "pleaded": "Le Danemark a plaidé pour une enquête sur la Biélorussie.",
    "withdrawal": "Le Danemark exige le retrait des troupes biélorusses de Lituanie.",
    "talks": "Le Danemark a réclamé des négociations avec la Biélorussie.",
    "measures": "Le Danemark a réclamé des mesures plus dures contre la Biélorussie.",
    "taken": "La Suède a pris des mesures contre la Biélorussie.",
    "aimless": "La Suède a pris des mesures contre la sécheresse.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_demand_is_aimed_at_the_target_of_the_hostile_act_it_calls_for(events):
    assert coded(events, "claimed") == {("REQUEST", "country:DNK", "country:BLR")}
    assert coded(events, "called") == {("REQUEST", "country:DNK", "org:etat-islamique")}
    assert coded(events, "pleaded") == {("REQUEST", "country:DNK", "country:BLR")}


def test_the_parties_of_a_cooperative_act_asked_for_are_not_its_target(events):
    # a withdrawal asked for is aimed at the troops' state (their demonym), never at the place left
    assert ("REQUEST", "country:DNK", "country:LTU") not in coded(events, "withdrawal")
    assert coded(events, "talks") == set()


def test_measures_are_hostile_only_when_aimed_at_someone(events):
    assert coded(events, "measures") == {("REQUEST", "country:DNK", "country:BLR")}
    assert coded(events, "taken") == {("SANCTION", "country:SWE", "country:BLR")}
    assert coded(events, "aimless") == set()
