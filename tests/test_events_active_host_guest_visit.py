"""A guest an active host receives at a place ("X a reçu à Berne son homologue Y") meets the host and
visits the state of the place, as the passive "Y a été reçu à Berne par X" does: the host row is
joint and the object-guest visit row reads next (frame `actor:obj; recipient:place; guest`). The
guest is named or holds an office, a first name the tagger reads as a common noun included; no
place, no visit; a guest of the place's own state, or refugees taken in, visit no one. Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "role": "En février, le chef de la diplomatie belge Karel Peeters avait reçu à Bruxelles son "
            "homologue chilien, Rodrigo Fuentes.",
    "named": "Le président Jacques Chirac a reçu lundi Giuliano Amato à l'Elysée.",
    "unplaced": "Le chef de la diplomatie belge Karel Peeters a reçu son homologue chilien, Rodrigo Fuentes.",
    "at_home": "Le président Jacques Chirac a reçu lundi à l'Elysée le maire de Lyon, Gérard Collomb.",
    "refugees": "La Pologne a accueilli à Varsovie des réfugiés ukrainiens.",
}

TITLED = True


def _consult(events, name):
    return {(e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "CONSULT"}


def test_a_guest_received_at_a_place_visits_its_state_and_is_hosted(events):
    consult = _consult(events, "role")
    assert ("visit", "person:rodrigo-fuentes", "country:BEL") in consult
    assert any(mode == "host" for mode, _, _ in consult)


def test_a_named_guest_tagged_as_a_noun_visits_too(events):
    assert any(mode == "visit" and recipient == "country:FRA" for mode, _, recipient in _consult(events, "named"))


def test_no_place_no_visit(events):
    assert not any(mode == "visit" for mode, _, _ in _consult(events, "unplaced"))


def test_a_guest_at_home_visits_no_one(events):
    assert not any(mode == "visit" for mode, _, _ in _consult(events, "at_home"))


def test_refugees_taken_in_are_no_visit(events):
    assert not any(mode == "visit" for mode, _, _ in _consult(events, "refugees"))
