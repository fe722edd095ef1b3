""""allié" in apposition names an alliance: "La Russie, principal allié du régime syrien" is
cooperation between Russia and Syria (the new `appos` frame marker: the nominal the noun stands in
apposition to); "les alliés de l'OTAN" names no pair. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "ally": "La Russie, principal allié du régime syrien, a bloqué la résolution.",
    "no_pair": "Donald Trump a critiqué les alliés de l'OTAN.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_an_ally_in_apposition_cooperates_with_the_state_it_serves(events):
    assert ("COOPERATE", "country:RUS", "country:SYR") in coded(events, "ally")


def test_allies_with_no_apposition_are_no_pair(events):
    assert not any(t == "COOPERATE" for t, *_ in coded(events, "no_pair"))
