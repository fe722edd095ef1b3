"""An uncounted "les parties" / "toutes les parties" that a verb is aimed at (object or dative) is
the two sides the article is about, else the one state it is about (`anaphoric_sides.
_addressed_sides`); as a subject it takes up no one. Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

BACKGROUND = ("Le Rwanda et la RDC ont signé un accord de paix à Washington. Kinshasa accuse Kigali "
              "de soutenir les rebelles. Le Rwanda dément. ")

TEXTS = {
    "called_parties": BACKGROUND + "Le secrétaire général de l'ONU, António Guterres, a appelé les "
                                   "parties à respecter leurs engagements.",
    "one_state_war": ("L'armée éthiopienne combat les rebelles du Tigré. L'Éthiopie refuse toute "
                      "médiation. Le Canada a demandé à toutes les parties de cesser les hostilités."),
    "parties_acting": BACKGROUND + "Les parties ont salué l'accord.",
}

TITLED = True


def test_the_parties_called_are_the_two_sides_of_the_article(events):
    aimed = {r for t, a, r in coded(events, "called_parties") if t == "REQUEST"}
    assert aimed == {"country:COD", "country:RWA"}


def test_all_parties_of_a_war_with_one_state_are_that_state(events):
    assert ("REQUEST", "country:CAN", "country:ETH") in coded(events, "one_state_war")


def test_the_parties_as_a_subject_take_up_no_one(events):
    assert not [e for e in coded(events, "parties_acting") if e[0] == "SUPPORT"]
