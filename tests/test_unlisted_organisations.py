"""Organisations the gazetteer does not list (nlp/unlisted_orgs.py): a name the NER tags ORG is an
actor of the article with an id of its own, so events take it as a party; its shorter and longer
forms, its acronym and its translation in parentheses are the same actor; a forum is none, one
named after a place preposition is a place, and one whose name holds a demonym is of that state; a demonym on a group noun ("la rébellion malienne") names no
state. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

TEXTS = {
    "order": "Le pape a limogé le grand chancelier de l'Ordre de Saint-Lazare. Le 10 mars, l'Ordre "
             "souverain de Saint-Lazare a dénoncé le Vatican dans un communiqué. Le Vatican a "
             "aussi prié l'Ordre de coopérer.",
    "acronym": "La Ligue verte pour la paix (LVP) a accusé la Bolivie de censure. Le Pérou a soutenu la LVP.",
    "initials": "Le Chili a financé la LVP. La Ligue verte pour la paix a remercié le Chili.",
    "forum": "Le ministre péruvien a pris la parole lors du Forum Citoyen de Lima.",
    "place": "La décision a été prise par le président bolivien lors d'une rencontre avec le président "
             "chilien à l'Académie navale de Puerto Alto.",
    "domestic": "La Ligue bolivienne des droits humains a accusé la Bolivie de torture.",
    "list": "L'Union des associations du Mali, du Niger et du Tchad a accusé la Bolivie de censure.",
    "bodies": "La Croix-Rouge a remercié la Ligue chilienne pour la paix.",
    "rebels": "Plusieurs chefs de la rébellion malienne accusent le Front Salam d'être responsables des exécutions.",
}


@pytest.fixture(scope="module")
def records(analyze):
    return {name: analyze(text, published="2024-05-02") for name, text in TEXTS.items()}


def orgs(record):
    return {a.id: a for a in record.actors if a.kind == "organization"}


def sides(record):
    return {frozenset((e.actor.actor, e.recipient.actor)) for e in record.events if not e.negated}


def test_an_unlisted_order_is_one_party_under_its_forms(records):
    record = records["order"]
    ids = [i for i in orgs(record) if "lazare" in i or "ordre" in i]
    assert len(ids) == 1, ids
    assert all(frozenset(("country:VAT", ids[0])) == s for s in sides(record) if ids[0] in s)
    assert any(ids[0] in s for s in sides(record))


def test_an_acronym_in_parentheses_is_the_same_organisation(records):
    found = orgs(records["acronym"])
    assert len(found) == 1, found
    (actor,) = found.values()
    assert actor.name == "Ligue verte pour la paix"
    assert any(frozenset(("country:PER", actor.id)) == s for s in sides(records["acronym"]))


def test_an_acronym_named_first_takes_up_the_full_name_it_spells(records):
    found = orgs(records["initials"])
    assert len(found) == 1, found
    assert next(iter(found.values())).name == "Ligue verte pour la paix"


def test_a_forum_is_no_organisation(records):
    assert not orgs(records["forum"])


def test_an_organisation_named_after_a_place_preposition_is_the_place(records):
    assert not any(any(side and side.startswith("org:") for side in s) for s in sides(records["place"]))


def test_an_organisation_of_a_stated_state_is_domestic_to_it(records):
    (actor,) = orgs(records["domestic"]).values()
    assert actor.country == "BOL"
    assert not sides(records["domestic"])


def test_a_demonym_on_a_group_noun_names_no_state(records):
    assert not any("country:MLI" in s for s in sides(records["rebels"]))


def test_no_list_is_read_on_the_text_from_an_unlisted_name(records):
    # the NER's span stops inside the name ("… du Mali"): the states after it complete the name,
    # they are not co-subjects that accuse too
    record = records["list"]
    assert any(any(side.startswith("org:") for side in s) for s in sides(record))
    assert not any("country:NER" in s or "country:TCD" in s for s in sides(record))


def test_an_unlisted_organisation_deals_with_states_only(records):
    # an international body and a national NGO: no state takes part (GUIDELINES §7)
    assert any(a.id.startswith("org:") and a.country == "CHL" for a in records["bodies"].actors)
    assert not sides(records["bodies"])


def test_a_generic_description_takes_up_an_unlisted_speaker_in_its_own_paragraph_only(analyze):
    # the speaker of the paragraph before is an organisation only the NER tagged: "l'organisation
    # islamiste" is the listed group named before, not that speaker
    text = ("Titre sans rapport\n\nLes combattants de Boko Haram ont attaqué le village de Gamboru.\n\n"
            "La Ligue des imams du Tchad a condamné l'attaque et estimé que « rien ne justifie ce crime ».\n\n"
            "Ces attaques sont des représailles de l'organisation islamiste, qui affirme « agir au nom de Dieu ».")
    quotes = {q.text: q.speaker.actor for q in analyze(text, published="2024-05-02").quotes if q.speaker}
    assert quotes["« agir au nom de Dieu »"] == "org:boko-haram"
