"""A people with no state of its own ("les Kurdes syriens", "les forces kurdes irakiennes",
lang/fr/event_peoples.txt) is a side of its own (GUIDELINES §7.2): the demonym beside it says
where it lives, not a state that acts (nominals.people_side). Invented sentences, full
pipeline."""
from __future__ import annotations


def sides(analyze, text):
    return {(e.type, e.actor.actor, e.actor.name, e.recipient.actor, e.recipient.name)
            for e in analyze(text, published="2024-05-02").events if not e.negated}


def test_a_stateless_people_with_a_demonym_is_no_state(analyze):
    found = sides(analyze, "Les combattants kurdes iraniens ont condamné la France.")
    assert not any(actor == "country:IRN" for _, actor, _, _, _ in found)
    assert ("ACCUSE", None, "combattants kurdes iraniens", "country:FRA", "France") in found


def test_forces_of_a_stateless_people_are_no_state(analyze):
    found = sides(analyze, "Les milices kurdes iraniennes ont attaqué l'armée turque.")
    assert not any(actor == "country:IRN" for _, actor, _, _, _ in found)
    assert any(t == "ASSAULT" and name == "milices kurdes iraniennes" for t, _, name, _, _ in found)


def test_an_office_held_by_one_of_a_people_is_the_state(analyze):
    found = sides(analyze, "Les ministres kurdes irakiens ont condamné la Turquie.")
    assert not any(name and "kurdes" in name and actor is None for _, actor, name, _, _ in found)


def test_a_reported_attack_by_a_stateless_people_accuses_no_state(analyze):
    # the words of a source name the people: its demonym is where they live, no target of an accusation
    found = sides(analyze, "Selon Ankara, les Kurdes iraniens ont attaqué un poste frontière turc.")
    assert not any(recipient == "country:IRN" for _, _, _, recipient, _ in found)
