"""A group that names no actor itself, with a verbless relative clause naming some of its members
("une vingtaine de dirigeants, dont le chancelier allemand X et le président polonais Y"), stands
for the members named (event_grammar.tsv inclusive_relative). Invented French sentences through
the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "leaders": "Le président français a reçu mardi à Paris une dizaine de dirigeants africains, dont le "
               "président sénégalais Macky Sall et le président kényan William Ruto.",
    "delegations": "Le Brésil a accueilli lundi les délégations de quarante pays, dont le premier ministre "
                   "indien Narendra Modi et le chancelier allemand Olaf Scholz.",
    "with_verb": "Le Brésil a accueilli lundi les délégations de quarante pays, dont la plupart ont critiqué "
                 "la Chine.",
}
TITLED = True


def _pairs(events, name):
    return {(a, r) for _, a, r in coded(events, name)}


def test_the_named_members_of_a_group_are_the_recipients(events):
    pairs = _pairs(events, "leaders")
    assert ("country:FRA", "person:macky-sall") in pairs or ("country:FRA", "country:SEN") in pairs
    assert ("country:FRA", "person:william-ruto") in pairs or ("country:FRA", "country:KEN") in pairs


def test_each_member_named_after_the_relative(events):
    actors = {x for pair in _pairs(events, "delegations") for x in pair}
    assert actors & {"person:narendra-modi", "country:IND"}
    assert actors & {"person:olaf-scholz", "country:DEU"}


def test_a_relative_with_a_verb_names_no_member(events):
    assert not any("CHN" in a or "CHN" in r for a, r in _pairs(events, "with_verb") if "BRA" in a)
