"""A state's body the NER runs into one name with its state ("ministère des Affaires étrangères
du Mali") leaves the state's name to the actor index, so that events read the body as its state
(GUIDELINES §7.2: an ISO3 code for a state, its government). Invented sentences."""
from __future__ import annotations

TEXTS = {
    "ministry": "Le ministère des Affaires étrangères du Mali a accusé jeudi l'Iran d'avoir armé des rebelles.",
    "two_words": "Le ministère de la Défense du Burkina Faso a dénoncé vendredi les frappes de la Libye.",
}


def test_the_state_closing_a_ministry_name_is_a_mention(analyzed):
    found = analyzed(TEXTS, headline=True)
    assert any(a.id == "country:MLI" for a in found["ministry"].actors)
    assert any(e.actor.actor == "country:MLI" and e.recipient.actor == "country:IRN"
               for e in found["ministry"].events if not e.negated)


def test_a_two_word_state_closing_a_ministry_name_is_a_mention(analyzed):
    found = analyzed(TEXTS, headline=True)
    assert any(a.id == "country:BFA" for a in found["two_words"].actors)
