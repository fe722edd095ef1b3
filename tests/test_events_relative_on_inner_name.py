"""A relative clause of a light verb that the parser hangs on a name inside the noun predicate's
complement ("l'aide … relative à la MINUSMA qu'elle accorde au Mali") is the noun's: a name, or an
acronym the tagger reads as a noun, is no light verb's object. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of


def test_the_relative_on_a_name_in_the_complement_is_the_nouns_light_verb(analyze):
    events = events_of(analyze, {
        "name": "L'Union européenne va revoir l'aide financière relative à la MINUSMA qu'elle accorde au Mali.",
        "acronym": "L'Union européenne va revoir l'aide financière relative à l'AMISEC qu'elle accorde au Tchad.",
    })
    assert ("AID", "org:ue", "country:MLI") in coded(events, "name")
    assert ("AID", "org:ue", "country:TCD") in coded(events, "acronym")
