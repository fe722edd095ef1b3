"""An alliance names its parties in its "de" complement: they cooperate (a star from the first,
as a symmetric predicate whose parties come as one list), and the alliance acts as each of them.
Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "parties": "L'alliance du Ghana et du Togo surprend les observateurs.",
    "acting": "L'alliance du Ghana et du Togo a bombardé le Burkina Faso.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_the_parties_of_an_alliance_cooperate(events):
    assert ("COOPERATE", "country:GHA", "country:TGO") in coded(events, "parties")


def test_an_alliance_acts_as_each_of_its_members(events):
    found = coded(events, "acting")
    assert ("ASSAULT", "country:GHA", "country:BFA") in found
    assert ("ASSAULT", "country:TGO", "country:BFA") in found
