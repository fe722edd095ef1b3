"""Members of an armed group named through their group ("les terroristes de l'État islamique") act
for it, in the text and in a quote, where the speaker accuses them. Invented sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Les terroristes de l'État islamique ont attaqué l'armée chilienne.", ("ASSAULT", "org:etat-islamique", "country:CHL")),
    ("« Les miliciens de l'État islamique ont détruit nos villages », a déclaré le gouvernement chilien.",
     ("ACCUSE", "country:CHL", "org:etat-islamique")),
])
def test_members_act_for_their_group(analyze, text, expected):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert expected in found
