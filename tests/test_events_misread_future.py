"""A simple future the tagger read as a past participle hung on the subject noun ("La Belgique
financera …") is finite and active (repairs.misread_future), and a true participle stays passive;
siding with an actor ("se ranger aux côtés de X") is stated support. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "sides": "L'Autriche s'est rangée aux côtés de la Hongrie dans ce différend.",
    "future": "La Belgique financera par ailleurs la construction d'un hôpital à Kinshasa.",
    "participle": "Les rebelles soutenus par la Turquie ont perdu du terrain face à l'armée syrienne.",
}

TITLED = True


def test_siding_with_an_actor_is_support(events):
    assert ("SUPPORT", "country:AUT", "country:HUN") in coded(events, "sides")


def test_a_future_read_as_a_participle_is_active(events):
    assert ("AID", "country:BEL", "country:COD") in coded(events, "future")


def test_a_true_participle_stays_passive(events):
    assert not any(actor == "country:SYR" for kind, actor, _ in coded(events, "participle") if kind == "SUPPORT")
