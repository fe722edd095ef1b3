"""A demonstrative noun of people or things that stand for an actor ("cette force", "ces troupes")
takes up the same noun named with its actor before ("la force régionale de la CEDEAO", "les
troupes rwandaises"); named by no one before, it stays unread. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "organisation": "La force régionale de la CEDEAO a quitté le pays en décembre. Le gouvernement malien "
                    "a accusé cette force de complicité avec les rebelles.",
    "demonym": "Les troupes rwandaises sont entrées au Congo. Le gouvernement congolais a accusé ces troupes "
               "de pillage.",
    "unnamed": "Des troupes sont entrées au Congo. Le gouvernement congolais a accusé ces troupes de pillage.",
}

TITLED = True


def test_the_demonstrative_takes_up_the_named_noun(events):
    assert ("ACCUSE", "country:MLI", "org:cedeao") in coded(events, "organisation")
    assert ("ACCUSE", "country:COD", "country:RWA") in coded(events, "demonym")


def test_an_unnamed_noun_gives_no_actor(events):
    assert not coded(events, "unnamed")
