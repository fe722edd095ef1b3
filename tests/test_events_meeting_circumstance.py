"""A meeting noun framing the clause names the clause's subject as a side ("lors d'une rencontre
avec X, Y a …", "Y a décidé … lors d'un entretien avec X", the agent of a passive too), as "lors
du sommet" does; not when another predicate of the clause is about the meeting ("a protesté
contre la rencontre avec X"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "fronted": "Le Pérou observe. Lors d'une rencontre avec le président bolivien, le président chilien a évoqué l'eau.",
    "passive": "Le Pérou observe. Ce choix a été fait par le président chilien lors d'un entretien avec le "
               "président bolivien.",
    "about": "Le Pérou observe. Le Chili a protesté contre la rencontre avec le président bolivien.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_clause_subject_meets_the_partner(events):
    assert coded(events, "fronted") == {("CONSULT", "country:CHL", "country:BOL")}
    assert coded(events, "passive") == {("CONSULT", "country:CHL", "country:BOL")}


def test_a_meeting_another_predicate_is_about_is_no_meeting_of_its_subject(events):
    assert not any(e.type == "CONSULT" for e in events["about"])
