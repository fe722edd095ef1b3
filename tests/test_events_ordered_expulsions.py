"""An order or a deadline to leave a state is an expulsion (SANCTION, expel): whoever orders expels
whoever must leave; with no one named ordering, the state left. Leaving with no order is nothing.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "deadline": "Le Gabon a rompu ses relations avec le Cameroun et a donné 72 heures aux diplomates camerounais "
                "pour quitter le pays.",
    "summoned_out": "Le diplomate allemand a été sommé de quitter le territoire malien.",
    "forced_out": "Les soldats français ont été contraints de quitter le Niger.",
    "ordered_object": "Le Niger a sommé l'ambassadeur de France de quitter le territoire.",
    "left": "Le président nigérien a quitté le pays pour Paris.",
}

TITLED = True


def test_an_order_or_a_deadline_to_leave_is_an_expulsion(events):
    assert ("SANCTION", "country:GAB", "country:CMR") in coded(events, "deadline")
    assert any(e.mode == "expel" for e in events["deadline"])
    assert ("SANCTION", "country:MLI", "country:DEU") in coded(events, "summoned_out")
    assert ("SANCTION", "country:NER", "country:FRA") in coded(events, "forced_out")
    assert ("SANCTION", "country:NER", "country:FRA") in coded(events, "ordered_object")


def test_leaving_with_no_order_is_nothing(events):
    assert coded(events, "left") == set()
