"""Counted anaphors of the people of states ("les deux ministres", "les deux délégations") with too
few such actors just before them take up the two sides the article is about: the two states it
named most, counting a state's persons as the state, each at least twice and no tie (anaphoric_sides.
_salient_sides). Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "ministers_of_the_pair": (
        "Le Chili accuse la Bolivie de bloquer ses exportations de cuivre. La Bolivie dément et "
        "reproche au Chili de fermer ses ports. Après des semaines de tension, une rencontre a été "
        "organisée dans la capitale. Les deux ministres ont signé mardi un accord sur le transit."),
    "no_pair_on_a_tie": (
        "Le Chili accuse la Bolivie de bloquer ses exportations de cuivre. Le Pérou accuse la Bolivie "
        "et le Chili de fermer leurs ports. Le Pérou réclame une médiation. Après des semaines de "
        "tension, une rencontre a été organisée dans la capitale. Les deux ministres ont signé "
        "mardi un accord sur le transit."),
}

TITLED = True


def test_the_two_ministers_are_the_two_sides_of_the_article(events):
    pairs = {frozenset((a, r)) for t, a, r in coded(events, "ministers_of_the_pair") if t == "AGREE"}
    assert pairs == {frozenset(("country:CHL", "country:BOL"))}


def test_no_sides_when_three_states_tie(events):
    assert not [e for e in coded(events, "no_pair_on_a_tie") if e[0] == "AGREE"]
