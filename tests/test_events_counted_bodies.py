"""Counted anaphors of states' bodies ("les deux gouvernements", "les deux armées") stand for the
states, never for a person: where a side was last named by its leader, that leader counts only
for his state (event_anaphoric_nouns kind "bodies"; GUIDELINES §7.2, a government is written as
its state). Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "governments_after_a_minister": (
        "L'Argentine et le Chili relancent leur coopération.\n\n"
        "Le ministre chilien Pablo Rojas a été reçu mardi à Buenos Aires par son homologue. C'est la "
        "première visite d'un ministre chilien en Argentine depuis celle de Michelle Bachelet en 2015.\n\n"
        "Les deux pays ont signé un protocole sur l'énergie. Les deux gouvernements ont aussi relancé "
        "leur dialogue sur la pêche."),
}

TITLED = True


def test_the_two_governments_are_the_two_states(events):
    found = coded(events, "governments_after_a_minister")
    talks = {frozenset((a, r)) for t, a, r in found if t == "CONSULT" and "person:pablo-rojas" not in (a, r)}
    assert talks == {frozenset(("country:ARG", "country:CHL"))}
    assert {frozenset((a, r)) for t, a, r in found if t == "AGREE"} == {frozenset(("country:ARG", "country:CHL"))}
