"""A withdrawal of troops: who withdraws is the companion noun's possessive or demonym ("le retrait
de ses soldats", "des troupes françaises"), before a "de" complement searched in depth, and whence
is the companion's own "de" complement ("du Mali", "d'Afghanistan"). Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "demonym": "Le retrait des troupes françaises du Mali s'est achevé en août.",
    "support": "Les États-Unis ont annoncé le retrait de leurs troupes d'Afghanistan.",
    "possessive": "La France a achevé le retrait de ses soldats du Niger.",
}

# (the conftest's `events` fixture analyses TEXTS)


@pytest.mark.parametrize("name, actor, recipient", [("demonym", "FRA", "MLI"), ("support", "USA", "AFG"),
                                                    ("possessive", "FRA", "NER")])
def test_a_withdrawal_is_from_the_state_the_troops_leave(events, name, actor, recipient):
    coded = {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}
    assert coded == {("RETREAT", "withdraw", f"country:{actor}", f"country:{recipient}")}
