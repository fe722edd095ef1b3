"""The object written after the attribute of a verb of calling ("qualifier de « X » Y", "désigner
comme « X » Y"): the parser hangs it on the quoted attribute, as its apposition or conjunct; it is
the verb's object. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "apposed": "Le Tchad qualifie de « terroriste » le gouvernement libyen.",
    "designated": "Le Tchad désigne comme « ennemi » le gouvernement libyen.",
    "act_named": "Le ministre japonais a qualifié de « provocation » l'essai nucléaire nord-coréen.",
    "usual_order": "Le Tchad désigne le gouvernement libyen comme un « ennemi ».",
    "friendly_word": "Le Maroc qualifie de « partenaire fiable » le gouvernement sénégalais.",
}

TITLED = True


def test_an_object_after_the_quoted_attribute_is_the_object(events):
    assert coded(events, "apposed") == {("ACCUSE", "country:TCD", "country:LBY")}
    assert coded(events, "designated") == {("ACCUSE", "country:TCD", "country:LBY")}
    assert coded(events, "act_named") == {("ACCUSE", "country:JPN", "country:PRK")}


def test_the_usual_order_still_reads(events):
    assert coded(events, "usual_order") == {("ACCUSE", "country:TCD", "country:LBY")}


def test_a_word_that_is_not_hostile_blames_nobody(events):
    assert not {e for e in coded(events, "friendly_word") if e[0] == "ACCUSE"}
