"""A list of backers the parser broke, its middle member made the subject of the main verb: every
backer supports ("les milices, appuyées par l'Iran, l'Arabie saoudite et le Qatar, ont repris …",
"le soutien de l'Iran, de l'Arabie saoudite et du Qatar aux rebelles …"). A subject after "et" still
starts a clause of its own. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "agents": "Les insurgés yéménites, soutenus par l'Iran, l'Arabie saoudite et le Qatar, ont repris le port.",
    "genitives": "Le soutien de l'Iran, de l'Arabie saoudite et du Qatar aux rebelles yéménites a été critiqué.",
    "own_clause": "Le Japon a soutenu le Brésil, et la Chine a condamné l'Inde.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)

BACKERS = {"country:IRN", "country:SAU", "country:QAT"}


def test_every_agent_of_a_broken_list_supports(events):
    assert {a for t, a, _ in coded(events, "agents") if t == "SUPPORT"} == BACKERS


def test_every_genitive_of_a_broken_list_supports(events):
    assert {a for t, a, _ in coded(events, "genitives") if t == "SUPPORT"} == BACKERS


def test_a_subject_after_a_conjunction_starts_its_own_clause(events):
    assert ("SUPPORT", "country:CHN", "country:BRA") not in coded(events, "own_clause")
