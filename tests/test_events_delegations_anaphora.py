"""An anaphoric description of the sides of a talk (lang/fr/event_anaphoric_nouns.tsv): "les deux
délégations" takes up the states named before, as "les deux pays" does. Invented text, full
pipeline."""
from __future__ import annotations


def test_the_two_delegations_are_the_states_named_before(analyzed):
    text = ("Le Chili et la Bolivie ont envoyé des négociateurs à Genève. Le ministre suisse a "
            "rencontré les deux délégations samedi.")
    article = analyzed({"delegations": text}, headline=True)["delegations"]
    # (the negotiators sent to Genève are also each state's visit to Switzerland, by proxy)
    assert {(e.type, e.actor.actor, e.recipient.actor) for e in article.events if e.mode != "visit"} == {
        ("CONSULT", "country:CHE", "country:CHL"), ("CONSULT", "country:CHE", "country:BOL")}
