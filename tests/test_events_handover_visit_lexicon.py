"""Lexicon rows of stop 65: regrets expressed (plural) are an apology; trusting someone is a stated
position; papers handed to another state's authorities and agents seconded to its soil are
cooperation; a named guest or office holder come to a place visits its state (not people of no
office); "bouder" a meeting is a boycott. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of

TEXTS = {
    "regrets": "Le président autrichien a exprimé à Ljubljana ses plus profonds regrets.",
    "trust": "La Finlande fait pleinement confiance à la justice estonienne.",
    "papers": "La Jordanie a transmis en mars une série de jugements à la Norvège.",
    "seconded": "Un officier de liaison danois serait détaché à Varsovie dès l'automne.",
    "came": "Le président péruvien est venu à Quito la semaine dernière.",
    "migrants": "Des milliers de migrants syriens sont venus en Suède en 2015.",
}


def test_handover_visit_and_stance_rows(analyze):
    events = events_of(analyze, TEXTS)
    assert ("SUPPORT", "country:AUT", "country:SVN") in coded(events, "regrets")
    assert ("SUPPORT", "country:FIN", "country:EST") in coded(events, "trust")
    assert ("COOPERATE", "country:JOR", "country:NOR") in coded(events, "papers")
    assert ("COOPERATE", "country:DNK", "country:POL") in coded(events, "seconded")
    assert ("CONSULT", "country:PER", "country:ECU") in coded(events, "came")
    assert not coded(events, "migrants")
