"""An alliance names its parties in its "de" complement: they cooperate (a star from the first,
as a symmetric predicate whose parties come as one list), and the alliance acts as each of them.
Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "parties": "L'alliance du Ghana et du Togo surprend les observateurs.",
    "acting": "L'alliance du Ghana et du Togo a bombardé le Burkina Faso.",
    # the parser hangs the later members on "alliance", the first inside "des armées"
    "armies": "L'alliance des armées du Ghana et du Togo a bombardé le Burkina Faso.",
    "armies_list": "L'alliance des armées du Ghana, du Togo et du Bénin a repoussé le Mali.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_parties_of_an_alliance_cooperate(events):
    assert ("COOPERATE", "country:GHA", "country:TGO") in coded(events, "parties")


def test_an_alliance_acts_as_each_of_its_members(events):
    found = coded(events, "acting")
    assert ("ASSAULT", "country:GHA", "country:BFA") in found
    assert ("ASSAULT", "country:TGO", "country:BFA") in found


@pytest.mark.parametrize("name,members,target", [
    ("armies", ("GHA", "TGO"), "BFA"),
    ("armies_list", ("GHA", "TGO", "BEN"), "MLI"),
])
def test_the_first_member_inside_the_complement_acts_too(events, name, members, target):
    acting = {actor for etype, actor, recipient in coded(events, name) if recipient == f"country:{target}"}
    assert acting == {f"country:{m}" for m in members}
