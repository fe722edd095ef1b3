"""Material acts told in turn: an aid or a sanction whose actor is named but not its recipient,
told right after an act of its kind by another actor, goes to the same recipient; one that names
a recipient of its own, a participle or a relative clause, or no act just told, takes none.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "donors": "Un séisme a frappé le Népal. Le Japon a envoyé une aide d'urgence au Népal. "
              "La Corée du Sud a annoncé un versement de 2 millions de dollars.",
    "sanctions": "Les Etats-Unis ont imposé des sanctions à la Biélorussie. "
                 "L'Australie a suspendu ses exportations d'armes.",
    "own_recipient": "Le Japon a envoyé une aide d'urgence au Népal. "
                     "La Corée du Sud a annoncé un versement de 2 millions de dollars pour les sinistrés.",
    "relative": "Le Japon a envoyé une aide d'urgence au Népal. "
                "La Corée du Sud, qui a débloqué 2 millions de dollars l'an dernier, reste prudente.",
    "nothing_before": "La Corée du Sud a annoncé un versement de 2 millions de dollars.",
}

TITLED = True


def test_a_donor_in_turn_gives_to_the_same_recipient(events):
    found = coded(events, "donors")
    assert ("AID", "country:JPN", "country:NPL") in found
    assert ("AID", "country:KOR", "country:NPL") in found


def test_a_state_that_sanctions_in_turn_sanctions_the_same_state(events):
    assert ("SANCTION", "country:AUS", "country:BLR") in coded(events, "sanctions")


def test_a_recipient_of_its_own_a_relative_clause_or_no_act_before_take_none(events):
    assert ("AID", "country:KOR", "country:NPL") not in coded(events, "own_recipient")
    assert ("AID", "country:KOR", "country:NPL") not in coded(events, "relative")
    assert not any(e.actor.actor == "country:KOR" for e in events["nothing_before"])
