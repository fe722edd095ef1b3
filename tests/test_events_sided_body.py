"""A state's body or office named with no state of its own speaks for the side the sentence opens
on ("Du côté ukrainien, le ministère des Affaires étrangères a accusé …", "Côté ghanéen, le
porte-parole du gouvernement a …"; event_side_phrases.txt), in its own act and as a quote's
speaker; a body that names its own state keeps it. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "ministry": "Le Tchad a fermé sa frontière. Du côté camerounais, le ministère des Affaires étrangères "
                "a accusé N'Djamena de « punir des civils ».",
    "spokesperson": "Des pêcheurs ont été arrêtés sur le lac. Côté ghanéen, le porte-parole du gouvernement "
                    "a dénoncé le Togo.",
    "own_state": "Le Tchad a fermé sa frontière. Du côté camerounais, le ministère nigérian des Affaires "
                 "étrangères a critiqué N'Djamena.",
}

TITLED = True


def test_the_body_speaks_for_the_side_the_sentence_opens_on(events):
    assert ("ACCUSE", "country:CMR", "country:TCD") in coded(events, "ministry")
    assert ("ACCUSE", "country:GHA", "country:TGO") in coded(events, "spokesperson")


def test_a_body_of_its_own_state_keeps_it(events):
    assert not any(a == "country:CMR" for _, a, _ in coded(events, "own_state"))
