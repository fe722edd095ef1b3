"""A person no office ties to a state, described by a demonym next to the name ("l'opposant
congolais X", "X, opposant congolais"), is from that state for the domestic check
(ArticleView.home_of, found.acceptable): X against the Congolese government is no international
pair, X against another state still is. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "before": "L'opposant congolais Jean Mbeki a dénoncé le gouvernement congolais.",
    "after": "Jean Mbeki, opposant congolais, a dénoncé Kinshasa.",
    "foreign": "L'opposant congolais Jean Mbeki a dénoncé le Rwanda.",
}


def pairs(events, name):
    return {(e.actor.name, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_demonym_before_the_name_makes_a_domestic_pair(events):
    assert not pairs(events, "before")


def test_a_demonym_after_the_name_makes_a_domestic_pair(events):
    assert not pairs(events, "after")


def test_the_person_against_another_state_still_acts(events):
    assert ("Jean Mbeki", "country:RWA") in pairs(events, "foreign")
