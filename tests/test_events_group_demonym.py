"""A demonym on a group noun inside a subject's noun phrase ("les chefs de la rébellion
malienne") names a group of that country, not its state (nominals.group_demonym);
on a state noun ("les chefs de l'armée malienne") it still names the state. Invented sentences,
full pipeline."""
from __future__ import annotations

TEXT = {
    "group": "Plusieurs chefs de la rébellion malienne accusent les Shebab d'être responsables des exécutions.",
    "state": "Plusieurs chefs de l'armée malienne accusent les Shebab d'être responsables des exécutions.",
}


def sides(analyze, name):
    return {(e.actor.actor, e.recipient.actor) for e in analyze(TEXT[name], published="2024-05-02").events}


def test_a_demonym_on_a_group_noun_is_no_state(analyze):
    assert ("country:MLI", "org:shebab") not in sides(analyze, "group")


def test_a_demonym_on_a_state_noun_still_is(analyze):
    assert ("country:MLI", "org:shebab") in sides(analyze, "state")
