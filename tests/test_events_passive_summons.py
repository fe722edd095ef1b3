"""A summons in the passive with no agent is the host state's: the state the summoned envoy is
posted in ("l'ambassadeur canadien à Bamako a été convoqué"), else the state the summons is made
in ("a été convoqué à Alger"); never the envoy's own. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of

TEXTS = {
    "posted": "L'ambassadeur norvégien à Lima a été convoqué lundi.",
    "made": "Le chargé d'affaires suédois a été convoqué à Hanoï.",
}


def test_passive_summons_is_the_host_states(analyze):
    events = events_of(analyze, TEXTS)
    assert ("PROTEST", "country:PER", "country:NOR") in coded(events, "posted")
    assert ("PROTEST", "country:VNM", "country:SWE") in coded(events, "made")
