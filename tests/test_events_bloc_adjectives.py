"""A bloc's adjective on an act names its author as a demonym names a state, and so does its
people written as a noun: "les sanctions occidentales" and "les Occidentaux" are the Western
countries (a group of states, GUIDELINES §7.2 designation), "les sanctions européennes" and "les
Européens" the European Union (event_bloc_adjectives.tsv). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "western": "Les sanctions occidentales contre l'Iran ont été renforcées.",
    "european": "Les sanctions européennes contre le Venezuela ont été prolongées.",
    "states": "Les pays européens ont imposé des sanctions au Venezuela.",
    "westerners": "Les Occidentaux accusent le Venezuela.",
    "europeans": "Les Européens ont imposé des sanctions au Venezuela.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def _sides(events, name):
    return {(e.type, e.actor.actor or e.actor.name, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_western_act_is_the_western_countries(events):
    assert _sides(events, "western") == {("SANCTION", "pays occidentaux", "country:IRN")}


def test_a_european_act_is_the_european_unions(events):
    assert _sides(events, "european") == {("SANCTION", "org:ue", "country:VEN")}


def test_a_group_of_european_states_stays_a_group(events):
    assert _sides(events, "states") == {("SANCTION", "pays européens", "country:VEN")}


def test_the_people_of_a_bloc_acts_as_the_bloc(events):
    assert _sides(events, "westerners") == {("ACCUSE", "pays occidentaux", "country:VEN")}
    assert _sides(events, "europeans") == {("SANCTION", "org:ue", "country:VEN")}
