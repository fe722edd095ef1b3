"""Cities and first-level regions below the capital (data/places.tsv): the state each lies in,
looked up apart from the states' own names, and the integrity of the file."""
from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

from newsgraph.gazetteer import load_gazetteer
from newsgraph.gazetteer_data import PLACE_COLUMNS, PLACE_KINDS
from newsgraph.textfold import fold


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def rows() -> list[dict[str, str]]:
    lines = resources.files("newsgraph.data").joinpath("places.tsv").read_text(encoding="utf-8").splitlines()
    header = tuple(lines[0].split("\t"))
    assert header == PLACE_COLUMNS
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]


def forms(row: dict[str, str]) -> list[str]:
    return [row["name"], *filter(None, row["aliases"].split("|"))]


@pytest.mark.parametrize("text,iso3", [("Nord-Kivu", "COD"), ("le Nord-Kivu", "COD"), ("Nord Kivu", "COD"),
                                       ("Kharkov", "UKR"), ("Zaporijia", "UKR"), ("Alep", "SYR"),
                                       ("Crimée", "UKR"), ("Haut-Karabakh", "AZE"), ("Cisjordanie", "PSE")])
def test_place_lookup(gaz, text, iso3):
    found = gaz.place(text)
    assert found is not None and found.iso3 == iso3 and found.match == "place"


def test_places_are_not_states(gaz):
    # a city locates its state; it is no name, capital or seat of it
    assert gaz.country("Goma") is None and gaz.place("Goma").iso3 == "COD"
    assert gaz.place("Kinshasa") is None  # a capital: `country` finds it


def test_one_word_places_need_a_capital(gaz):
    assert gaz.place("Nice").iso3 == "FRA"
    assert gaz.place("nice") is None


@pytest.mark.parametrize("text", ["Saint-Louis", "Valence", "Constantine", "Golan", "Sahara occidental",
                                  "Genève", "New York", "Cachemire", "Pendjab", "Florence", "Tanganyika"])
def test_ambiguous_places_left_out(gaz, text):
    assert gaz.place(text) is None


def test_places_file_integrity(gaz):
    for row in rows():
        assert row["kind"] in PLACE_KINDS, row["name"]
        assert gaz.country_by_iso3(row["country"]) is not None, row["name"]


def test_no_place_form_names_a_state_an_organisation_or_two_states(gaz):
    owners = defaultdict(set)
    for row in rows():
        for form in forms(row):
            owners[fold(form)].add(row["country"])
            assert gaz.country(form) is None, form
            assert gaz.organization(form) is None and gaz.media(form) is None, form
    assert not {form: isos for form, isos in owners.items() if len(isos) > 1}
