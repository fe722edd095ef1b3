"""A demonym written as a noun before a person's name ("le Russe Igor Petrov", which the tagger
reads as a proper name) describes that person, as a role noun does: the person acts, not their
state a second time, and the demonym tells the person's home (no domestic pair). Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "acts": "L'Américain John Smith a rencontré le président malien.",
    "listed": "Le Russe Igor Petrov et le ministre tchadien ont appelé le Mali à réduire les tensions.",
    "domestic": "Le Russe Igor Petrov a vivement critiqué Moscou.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_person_a_demonym_noun_describes_acts_once(events):
    assert {actor for _, actor, _ in coded(events, "acts")} == {"person:john-smith"}


def test_a_described_person_in_a_list_is_no_state(events):
    assert "country:RUS" not in {actor for _, actor, _ in coded(events, "listed")}


def test_the_demonym_noun_gives_the_persons_home(events):
    assert not coded(events, "domestic")
