"""A capital the gazetteer reads as an international body seated there ("Bruxelles" for the EU)
is its own state's in an article that names that state and never names the body otherwise.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "state": "La Belgique enverra des avions de combat en Ukraine. Moscou a accusé Bruxelles d'attiser la guerre.",
    "body": "L'Union européenne a suspendu un accord avec la Suisse. Berne a accusé Bruxelles de mauvaise foi.",
}

TITLED = True


def test_the_capital_of_a_state_the_article_names_is_that_state(events):
    assert ("ACCUSE", "country:RUS", "country:BEL") in coded(events, "state")


def test_the_capital_stays_the_body_the_article_names(events):
    assert ("ACCUSE", "country:CHE", "org:ue") in coded(events, "body")
