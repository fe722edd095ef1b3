"""A hostile reaction whose object is partly quoted ("a fustigé une mesure « hostile »") is aimed,
as without the marks, at whoever just acted on its actor: the parser hangs the closing mark on the
verb, and the quote is still the verb's object (reactions._quoted_object). Invented sentences."""
from __future__ import annotations

TEXTS = {
    "quoted": "Le Pérou a gelé les avoirs de plusieurs dirigeants chiliens. Le Chili a fustigé une mesure « hostile ».",
    "plain": "Le Pérou a gelé les avoirs de plusieurs dirigeants chiliens. Le Chili a fustigé une mesure hostile.",
    "interference": "Le Pérou a expulsé deux diplomates chiliens. Santiago a dénoncé une « ingérence flagrante ».",
}

TITLED = True


def accusations(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name]
            if e.type == "ACCUSE" and not e.negated and e.recipient}


def test_a_partly_quoted_object_still_answers_the_act(events):
    assert ("country:CHL", "country:PER") in accusations(events, "quoted")
    assert ("country:CHL", "country:PER") in accusations(events, "interference")


def test_the_same_object_without_marks(events):
    assert ("country:CHL", "country:PER") in accusations(events, "plain")
