"""Noun predicates whose sides are told around them: a noun undergone through "faire l'objet de"
(the light verb's object is "objet", so the noun is no partitive object of "faire"), with its
author "de la part de X"; the agent the parser hangs on a noun's "de" complement ("le bombardement
de X par Y"), whose "de" complement is then the one acted on. Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "criticised": "L'Équateur a fait l'objet de critiques de la part de la Colombie.",
    "sanctioned": "L'Équateur a fait l'objet de sanctions de la part de la Colombie.",
    "bombing": "Le bombardement d'Asmara par l'armée éthiopienne a fait dix morts.",
    "dated_talks": "Le Chili et la Norvège ont ouvert mercredi à Genève des pourparlers sur la pêche.",
    "partitive": "La Colombie a lancé des frappes contre l'Équateur.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("criticised", ("ACCUSE", "country:COL", "country:ECU")), ("sanctioned", ("SANCTION", "country:COL", "country:ECU")),
    ("bombing", ("ASSAULT", "country:ETH", "country:ERI")), ("partitive", ("ASSAULT", "country:COL", "country:ECU"))])
def test_the_sides_told_around_the_noun(events, name, expected):
    assert expected in coded(events, name)


def test_talks_opened_on_a_date_keep_their_light_verb(events):
    found = coded(events, "dated_talks")
    assert ("CONSULT", "country:CHL", "country:NOR") in found or ("CONSULT", "country:NOR", "country:CHL") in found


def test_the_undergoer_is_not_the_author(events):
    assert not any(actor == "country:ECU" for _, actor, _ in coded(events, "criticised"))
