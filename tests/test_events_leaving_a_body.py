"""Leaving an international body cuts the state's ties with it: "quitter" an organisation is a
SANCTION (mode break_relations) of the state against the body; a state or a city left as a place
is no event. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import events_of

TEXTS = {
    "quitter": "Le Togo a quitté la CEDEAO en janvier.",
    "joint": "Le Ghana et le Togo ont quitté l'Union africaine.",
    # a place left, not a body
    "place": "Le ministre togolais a quitté le Ghana pour Paris.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def _coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if not e.negated}


@pytest.mark.parametrize("name, actor, body", [("quitter", "TGO", "org:cedeao")])
def test_leaving_a_body_breaks_ties_with_it(events, name, actor, body):
    assert ("SANCTION", "break_relations", f"country:{actor}", body) in _coded(events, name)


def test_states_that_leave_together_each_leave(events):
    actors = {a for t, _, a, r in _coded(events, "joint") if t == "SANCTION" and r == "org:ua"}
    assert actors == {"country:GHA", "country:TGO"}


def test_a_state_left_as_a_place_is_no_event(events):
    assert not any(t == "SANCTION" for t, *_ in _coded(events, "place"))
