"""A demonstrative act noun ("cette législation", "cette décision") with no state named in the
two sentences before it takes up the author of the latest act told before: the state named in
the subject of the last verb whose object is an act noun. An act whose subject names no state
gives none. Invented sentences, full pipeline."""
from __future__ import annotations

FILLER = ("Le texte prévoit des peines de prison pour les contrevenants et interdit aux associations "
          "d'intervenir dans les zones frontalières pendant toute la durée de l'état d'urgence. "
          "Les débats ont duré plusieurs heures dans une ambiance tendue, selon les observateurs présents. "
          "Le vote a été acquis avec une large majorité des voix exprimées lors de la séance de nuit. ")


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_act_noun_takes_up_the_author_of_the_latest_act(analyze):
    text = "Mardi, le parlement slovaque a adopté une loi sur les frontières. " + FILLER + \
           "Amnesty International a vivement critiqué cette législation."
    assert ("ACCUSE", "org:amnesty-international", "country:SVK") in coded(analyze, text)


def test_an_act_by_no_named_state_lends_none(analyze):
    text = "Mardi, le parlement slovaque a adopté une loi sur les frontières. " + FILLER + \
           "Des élus locaux ont ensuite proposé une réforme. Amnesty International a vivement critiqué cette réforme."
    assert not any(e[0] == "ACCUSE" for e in coded(analyze, text))
