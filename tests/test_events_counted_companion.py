"""A quantity before a predicate's companion word ("rappeler la moitié de ses diplomates", "plus de
la moitié du personnel", "suspendre une partie de ses vols"): the companion stands in the quantity
noun's "de" complement and still selects the multiword row. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

TEXTS = {
    "half": "Le Chili a rappelé la moitié de ses diplomates en poste en Bolivie.",
    "more_than_half": "Le Kenya a rappelé plus de la moitié du personnel de son ambassade en Ouganda.",
    "part": "Le Maroc a suspendu une partie de ses vols vers l'Algérie.",
    "not_diplomatic": "Le ministre a rappelé la moitié du personnel soignant.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name, expected", [
    ("half", ("PROTEST", "recall", "country:CHL", "country:BOL")),
    ("more_than_half", ("PROTEST", "recall", "country:KEN", "country:UGA")),
    ("part", ("SANCTION", "suspend", "country:MAR", "country:DZA")),
])
def test_a_counted_companion_selects_the_multiword_row(events, name, expected):
    assert expected in coded(events, name)


def test_a_counted_word_that_is_no_companion_is_no_event(events):
    assert not coded(events, "not_diplomatic")
