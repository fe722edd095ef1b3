"""A state's negotiating team, named by its demonym, stands for the state ("les équipes
canadienne et mexicaine", "la négociatrice chilienne"), as a delegation does. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "teams": "Les équipes chilienne et péruvienne doivent reprendre jeudi à Lima leurs discussions.",
}

TITLED = True


def test_each_demonym_of_the_teams_is_a_side(events):
    pairs = {(a, r) for _, a, r in coded(events, "teams")}
    assert pairs & {("country:CHL", "country:PER"), ("country:PER", "country:CHL")}
