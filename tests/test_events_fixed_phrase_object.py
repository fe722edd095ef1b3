"""A name right after the bare noun of a fixed phrase ("mettre en garde Pékin", "mettre en cause
Washington"), which the parser hangs on that noun, is the verb's object. Invented sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,kind,recipient", [
    ("Tokyo a mis en garde Washington contre toute provocation.", "THREATEN", "country:USA"),
    ("Le Japon a mis en cause Washington.", "ACCUSE", "country:USA"),
    ("Le ministre japonais a mis en garde Pékin contre toute provocation.", "THREATEN", "country:CHN"),
])
def test_the_name_after_the_phrase_is_the_object(analyze, text, kind, recipient):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert (kind, "country:JPN", recipient) in found
