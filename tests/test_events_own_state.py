"""A state noun with a possessive ("son pays", "notre pays") names the state of the one the
possessive refers to: the pronoun's antecedent, or the quote's speaker for the first person
(arguments.Resolver.own_state). Invented sentences, full pipeline."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_his_country_is_the_state_of_the_person_it_refers_to(analyze):
    found = coded(analyze, "Le président brésilien Carlos Mendes a déclaré que son pays condamnait "
                           "les essais nucléaires chinois.")
    assert ("ACCUSE", "country:BRA", "country:CHN") in found


def test_our_country_in_a_quote_is_the_state_of_its_speaker(analyze):
    found = coded(analyze, "« Notre pays condamne les essais nucléaires chinois », a déclaré le président "
                           "brésilien Carlos Mendes.")
    assert ("ACCUSE", "country:BRA", "country:CHN") in found

