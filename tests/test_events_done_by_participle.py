"""A noun predicate whose light verb is a past participle on it is an act done ("les surtaxes
décrétées par X"): a verb that refuses or demands the noun reacts to it and does not only want it,
so the noun is an event of its own. A noun wanted with no such participle stays embedded. Invented
French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "contested": "Le Brésil proteste. Brasilia conteste les sanctions imposées par Washington au Venezuela.",
    "wanted": "Le Brésil proteste. Brasilia réclame des sanctions contre le Venezuela.",
}
TITLED = True


def test_a_noun_done_by_its_participle_is_an_event_under_a_refusal(events):
    assert ("SANCTION", "country:USA", "country:VEN") in coded(events, "contested")


def test_a_noun_only_wanted_stays_inside_the_demand(events):
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "wanted"))
