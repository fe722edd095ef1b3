"""The one a message of a quote is meant for is whom the quote speaks of: the dative of a carrier noun
or of a participle qualifying one ("« un signal adressé à Moscou »"), or of a stance noun that is no
blame ("« merci à la Suisse »"), though "à" before a capital usually places. A hostile noun's "à"
still places ("« la répression à Minsk »"), and so does a verb's. Invented texts, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

SPEAKER = "a déclaré le ministre portugais des Affaires étrangères, João Silva."
TEXTS = {
    "signal": f"« Cette décision est un signal adressé à Ankara », {SPEAKER}",
    "message": f"« Notre visite est un message à Tunis », {SPEAKER}",
    "thanks": f"« Merci à l'Irlande pour son aide », {SPEAKER}",
    "repression": f"« Nous avons vu la répression à Ankara », {SPEAKER}",
    "arrived": f"« Je suis arrivé hier à Ankara pour une conférence », {SPEAKER}",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def _sides(events, name):
    return {(e[1], e[2]) for e in coded(events, name) if e[0] in ("SUPPORT", "ACCUSE")}


def test_a_capital_a_signal_is_sent_to_is_its_target(events):
    assert ("person:joao-silva", "country:TUR") in _sides(events, "signal")


def test_the_dative_of_a_carrier_noun_is_its_target(events):
    assert ("person:joao-silva", "country:TUN") in _sides(events, "message")


def test_the_state_thanked_is_its_target(events):
    assert ("SUPPORT", "person:joao-silva", "country:IRL") in coded(events, "thanks")


def test_a_hostile_noun_places_its_capital(events):
    assert not _sides(events, "repression")


def test_a_verb_places_its_capital(events):
    assert not _sides(events, "arrived")
