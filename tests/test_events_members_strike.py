"""A targeting verb ("frapper", "viser") whose subject is a hostile noun predicate only says whom
the noun's act is aimed at ("les sanctions frappent la Russie"), but a cooperative noun standing
for its members ("l'alliance des armées de X, de Y et de Z") acts itself: each member strikes
(component._aims_an_event). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "alliance": "L'alliance des armées du Tchad, du Niger et du Cameroun a frappé la Libye.",
    "sanctions": "Les nouvelles sanctions frappent durement la Libye depuis mardi.",
}


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_each_member_of_an_alliance_strikes(events):
    found = pairs(events, "alliance")
    for state in ("TCD", "NER", "CMR"):
        assert ("ASSAULT", f"country:{state}", "country:LBY") in found


def test_sanctions_that_strike_are_no_attack(events):
    assert not any(t == "ASSAULT" for t, _, _ in pairs(events, "sanctions"))
