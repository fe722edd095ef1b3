"""What is said to a foreign actor is a statement aimed at it (addressed.py): the dative of a verb of
saying in the quote's cue is a side of the quote's verbal event; not a medium, not a place, not a
reflexive "se dire"; on invented sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "said_to_soldiers": "Le ministre argentin de la Défense, Pablo Ruiz, a visité la caserne. "
                        "« Nous vous attendions depuis longtemps », a-t-il dit aux soldats chiliens.",
    "said_to_leader": "Le président colombien Iván Duque a reçu son homologue. « Votre pays est notre frère », "
                      "a déclaré M. Duque au président équatorien Lenín Moreno.",
    "addressed_reflexive": "Le président colombien Iván Duque s'est adressé au président équatorien Lenín "
                           "Moreno : « Votre pays est notre frère ».",
    "said_to_medium": "« La situation reste difficile », a déclaré le Premier ministre belge Charles Michel "
                      "à la BBC.",
    "inverted_subject": "« Votre pays est notre frère », a déclaré le président colombien Iván Duque au président "
                        "équatorien Lenín Moreno.",
    "inverted_in_city": "« Tout va bien », a déclaré le ministre français Jean Dupuis à Paris.",
    "meant_for": "« Nous ne laisserons pas faire », a averti le ministre iranien Ali Reza, à l'adresse de Washington.",
    "meant_for_own": "« Nous ne laisserons pas faire », a averti le ministre iranien Ali Reza, à l'adresse de ses "
                     "partisans.",
    "threat_said_to": "Le ministre argentin de la Défense, Pablo Ruiz, a visité la caserne. "
                      "« Ceci est un ultimatum », a-t-il dit aux soldats chiliens.",
    "blame_said_to": "Le ministre argentin de la Défense, Pablo Ruiz, a visité la caserne. "
                     "« Votre retraite est une trahison », a-t-il dit aux soldats chiliens.",
    "said_in_country": "« Nous sommes prêts à discuter », a dit mardi le ministre portugais Rui Costa à Chypre.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def _pairs(events):
    return {(e.actor.actor, e.recipient.actor) for e in events if e.recipient is not None}


def test_words_said_to_foreign_soldiers_are_a_statement_to_their_state(events):
    assert ("person:pablo-ruiz", "country:CHL") in _pairs(events["said_to_soldiers"])


def test_words_said_to_a_foreign_leader_are_a_statement_to_him(events):
    assert ("person:ivan-duque", "person:lenin-moreno") in _pairs(events["said_to_leader"])
    assert ("person:ivan-duque", "person:lenin-moreno") in _pairs(events["addressed_reflexive"])


def test_the_addressee_parsed_on_an_inverted_subject_is_the_verbs(events):
    assert ("person:ivan-duque", "person:lenin-moreno") in _pairs(events["inverted_subject"])
    assert not events["inverted_in_city"]


def test_words_meant_for_a_state_are_aimed_at_it(events):
    assert ("person:ali-reza", "country:USA") in _pairs(events["meant_for"])
    assert not events["meant_for_own"]


def test_a_medium_spoken_to_is_no_side(events):
    assert not events["said_to_medium"]


def test_a_country_after_a_verb_of_saying_is_where_not_to_whom(events):
    assert not events["said_in_country"]


def test_a_threat_or_blame_said_to_someone_is_no_support(events):
    # the words' stance may aim at a third party, so no event; but never a friendly statement
    for name in ("threat_said_to", "blame_said_to"):
        assert not any(e.type == "SUPPORT" and e.recipient is not None and e.recipient.actor == "country:CHL"
                       for e in events[name])
