"""A threat a stop verb withdraws is no threat (predicates.is_withdrawn, WITHDRAWN_TYPES): "retirer
ses menaces", "cesser de menacer X", in the narrative or said in a quote ("« X doit retirer ses
menaces »" demands a withdrawal); negated, the threat stands ("ne cesse de menacer X").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "withdrawn": "Le Ghana a retiré ses menaces contre le Togo.",
    "ceased": "Le Ghana a cessé de menacer le Togo.",
    "quoted": "« Le Ghana doit retirer ses menaces contre notre pays », a déclaré le ministre togolais "
              "des Affaires étrangères.",
    "goes_on": "Le Ghana ne cesse de menacer le Togo.",
    "made": "Le Ghana a proféré des menaces contre le Togo.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["withdrawn", "ceased", "quoted"])
def test_a_withdrawn_threat_is_none(events, name):
    assert not any(t == "THREATEN" for t, _, _ in coded(events, name))


@pytest.mark.parametrize("name", ["goes_on", "made"])
def test_a_threat_not_withdrawn_stands(events, name):
    assert ("THREATEN", "country:GHA", "country:TGO") in coded(events, name)
