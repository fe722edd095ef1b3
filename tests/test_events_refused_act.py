"""A noun predicate's "de" complement that is itself an act noun ("le refus de l'aide européenne"):
the predicate is aimed at whoever does that act, as the object of the verb is ("refuser l'aide
européenne"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "agent_after": "Le refus de l'aide européenne par la Tunisie a surpris.",
    "agent_before": "Le refus par la Tunisie de l'aide européenne a surpris.",
    "rejected_proposal": "Le rejet de la proposition russe par l'Ukraine était attendu.",
}

TITLED = True


def test_the_refused_act_names_the_recipient(events):
    assert ("REJECT", "country:TUN", "org:ue") in coded(events, "agent_after")
    assert ("REJECT", "country:TUN", "org:ue") in coded(events, "agent_before")
    assert ("REJECT", "country:UKR", "country:RUS") in coded(events, "rejected_proposal")
