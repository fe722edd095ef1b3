"""An act one declined to do is not done: "declined to threaten X" codes no threat, as "refused to
threaten X" (decline joins the English intent verbs). Invented sentences, full pipeline."""
from __future__ import annotations

import pytest

TEXTS = {
    "declined": "An unrelated headline\n\nThe Canadian prime minister declined to threaten Mexico on Monday.",
    "done": "An unrelated headline\n\nThe Canadian prime minister threatened Mexico on Monday.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2024-05-02", lang="en").events for name, text in TEXTS.items()}


def test_a_declined_threat_is_no_threat(events):
    assert not any(e.type == "THREATEN" and not e.negated for e in events["declined"])


def test_a_threat_made_stays(events):
    assert any(e.type == "THREATEN" and e.recipient.actor == "country:MEX" for e in events["done"])


def test_an_act_told_in_a_clause_of_its_own_is_done(analyze):
    # review: "declined to comment after X attacked Y": the attack is no act declined
    events = analyze("An unrelated headline\n\nThe Kremlin declined to comment after Russia attacked Ukraine.",
                     published="2024-05-02", lang="en").events
    assert any(e.type == "ASSAULT" and e.recipient.actor == "country:UKR" for e in events)
