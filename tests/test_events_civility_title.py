"""A person named with a civility title as the subject of an event ("M. Beltrami a critiqué le
Chili", "Mme Lindqvist a reçu …"): the parser makes the title the head of the name and the subject;
the title stands for the person its name names. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded, events_of

TEXTS = {
    "monsieur": "Le ministre nicaraguayen des Affaires étrangères, Tomas Beltrami, était à Lima lundi. "
                "M. Beltrami a vivement critiqué le Chili.",
    "madame": "La Première ministre suédoise, Karin Lindqvist, a pris la parole mardi. "
              "Mme Lindqvist a condamné l'ingérence de la Hongrie dans le scrutin.",
}


def test_civility_title_subject_is_the_named_person(analyze):
    events = events_of(analyze, TEXTS)
    # the title's person acts, not the state of the place named before ("à Lima")
    assert not any(e.actor.actor == "country:PER" for e in events["monsieur"])
    assert ("ACCUSE", "person:tomas-beltrami", "country:CHL") in coded(events, "monsieur")
    assert ("ACCUSE", "person:karin-lindqvist", "country:HUN") in coded(events, "madame")

