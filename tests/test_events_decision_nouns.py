"""Whose decision a noun of decision governing an infinitive is ("la décision de X de suspendre
…", "la décision française de rompre …"): its "de" complement or its adjective is the
infinitive's subject; not so for a right or a capacity (event_decision_nouns.txt). Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "adjective": "La décision canadienne de suspendre son aide au Honduras a surpris.",
    "genitive": "La décision du Canada de suspendre son aide au Honduras a surpris.",
    "right": "Le droit des Palestiniens de manifester contre Israël est reconnu.",
}

TITLED = True


def test_the_author_of_a_decision_acts_the_infinitive(events):
    assert coded(events, "adjective") == {("SANCTION", "country:CAN", "country:HND")}
    assert coded(events, "genitive") == {("SANCTION", "country:CAN", "country:HND")}


def test_a_right_names_no_actor(events):
    assert not {e for e in coded(events, "right") if e[1] is not None}
