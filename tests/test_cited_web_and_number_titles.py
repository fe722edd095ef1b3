"""Issue 10, media of the held-out press: a listed web name ("7sur7.cd") is found by the scan of
titles, and a listed title that opens with a number and goes on in lower case ("24 heures", the
Lausanne daily) is one right after a marker that cites; elsewhere "24 heures" stays a duration.
Invented sentences."""
from __future__ import annotations

from source_texts import cited


def test_a_web_name_and_a_number_title_after_a_citing_marker_are_cited():
    found = cited("Selon 24 heures, le syndic de Lausanne a annoncé sa démission.",
                  "Selon 7sur7.cd, le gouverneur de l'Ituri a suspendu deux ministres provinciaux.",
                  "Le gouverneur a déclaré à 7sur7.cd qu'il ne démissionnerait pas.",
                  "Le suspect a été libéré après 24 heures de garde à vue.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("24 heures", "Selon 24 heures")], [("7sur7.cd", "Selon 7sur7.cd")],
        [("7sur7.cd", "déclaré à 7sur7.cd")], []]


def test_a_number_title_after_a_channel_participle_and_its_agent_is_cited():
    # "Interrogé par 24 heures": the participle of a channel and "par" cite as "selon" does
    # ("contacté par" / "joint par" an outlet is its own newsgathering since stop 49: no source)
    found = cited("Interrogée par 24 heures, la syndique a assuré que le chantier reprendrait.",
                  "Interviewé par 24 heures, le municipal a confirmé que la piscine fermerait.",
                  "Le prévenu, interrogé pendant 24 heures, a nié les faits.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("24 heures", "Interrogée par 24 heures")], [("24 heures", "Interviewé par 24 heures")], []]
