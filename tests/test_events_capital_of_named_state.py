"""A capital the actor layer reads as an organisation seated there ("Bruxelles": the EU) stands
for its state when the article names that organisation only by the capital and names the state
itself as an actor; named also by its own name, the organisation stays. Invented sentences."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_capital_stands_for_the_state_the_article_names(analyze):
    text = "La Belgique a expulsé vingt diplomates russes. Moscou a accusé Bruxelles de « sacrifier » la relation."
    assert ("ACCUSE", "country:RUS", "country:BEL") in coded(analyze, text)


def test_the_organisation_named_by_its_name_stays(analyze):
    text = ("L'Union européenne a adopté des sanctions contre la Russie. Moscou a accusé Bruxelles de "
            "« sacrifier » la relation avec la Belgique.")
    assert ("ACCUSE", "country:RUS", "org:ue") in coded(analyze, text)
