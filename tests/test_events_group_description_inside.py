""""les positions de la milice chiite", "les camps du groupe djihadiste": a description of an
organisation by its kind inside a noun phrase (the recipient's owner) takes up the one organisation
of that kind named before, as it does standing alone; a preposition fused with the article ("du")
makes it definite, an indefinite one ("d'un groupe armé") stays new to the text.
Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

TEXTS = {
    "fused": "Les Shebab ont revendiqué l'attentat. Le Kenya a bombardé les camps du groupe djihadiste.",
    "definite": "Le Hezbollah a attaqué une patrouille. Israël a frappé les positions de la milice chiite.",
    "indefinite": "Les Shebab ont revendiqué l'attentat. Le Kenya a bombardé les camps d'un groupe armé.",
    "two": "Les Shebab et Boko Haram ont perdu du terrain. Le Kenya a bombardé les camps du groupe djihadiste.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name, expected", [("fused", ("ASSAULT", "country:KEN", "org:shebab")),
                                            ("definite", ("ASSAULT", "country:ISR", "org:hezbollah"))])
def test_a_description_inside_the_noun_phrase_takes_up_the_one_group(events, name, expected):
    assert expected in coded(events, name)


def test_an_indefinite_description_or_two_groups_leave_it_unresolved(events):
    assert not coded(events, "indefinite")
    assert not coded(events, "two")
