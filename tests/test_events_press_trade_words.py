"""Press wording of trade disputes and diplomatic moves, read from the French pack's event tables
(lang/fr/event_predicates.tsv, event_goods_nouns.txt): other names of customs duties, traded goods
whose demonym names the exporting state, a summit sulked, a matter referred to an international
body, the right to retaliate reserved. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "counter_tariffs": "Le Japon a annoncé mardi des contre-tarifs sur l'acier chilien.",
    "countervailing": "Les droits compensateurs imposés par le Chili sur le cuivre péruvien ont doublé.",
    "customs_tariffs": "Le Chili impose des tarifs douaniers sur les textiles boliviens.",
    "goods": "Le Japon a annoncé une surtaxe de 10 % sur les voitures allemandes.",
    "sulked": "L'Argentine a boudé le sommet organisé par le Pérou.",
    "referred": "Le Pérou a saisi le Conseil de sécurité des Nations unies.",
    "seized": "Le Pérou a saisi trois navires équatoriens.",
    "reserved": "Quito se réserve le droit de riposter contre Lima.",
}

TITLED = True


def test_other_names_of_customs_duties_are_sanctions(events):
    assert ("SANCTION", "country:JPN", "country:CHL") in coded(events, "counter_tariffs")
    assert ("SANCTION", "country:CHL", "country:PER") in coded(events, "countervailing")
    assert ("SANCTION", "country:CHL", "country:BOL") in coded(events, "customs_tariffs")


def test_taxed_goods_stand_for_the_state_that_exports_them(events):
    assert coded(events, "goods") == {("SANCTION", "country:JPN", "country:DEU")}


def test_sulking_a_summit_is_boycotting_its_host(events):
    assert coded(events, "sulked") == {("PROTEST", "country:ARG", "country:PER")}


def test_referring_to_a_body_is_an_appeal_not_a_seizure(events):
    assert {t for t, _, _ in coded(events, "referred")} == {"REQUEST"}
    assert {t for t, _, _ in coded(events, "seized")} == {"COERCE"}


def test_reserving_the_right_to_retaliate_is_a_threat(events):
    assert coded(events, "reserved") == {("THREATEN", "country:ECU", "country:PER")}

