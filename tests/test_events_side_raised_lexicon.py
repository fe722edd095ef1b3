"""Lexicon rows of stop 65: standing at someone's side ("aux côtés de X", plural: not "à côté de",
beside) is cooperation; a matter raised with someone is talked over with them; a high
commissioner is summoned like an ambassador. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of

TEXTS = {
    "side": "Le Portugal se tient aux côtés de la Lituanie.",
    "side_copula": "Le Chili est aux côtés de la Bolivie.",
    "beside": "Le président chilien était assis à côté du président bolivien.",
    "raised": "Le ministre norvégien a évoqué le dossier jeudi avec son homologue islandais.",
    "summoned": "Le haut-commissaire kényan à Pretoria a été convoqué par le gouvernement sud-africain.",
}


def test_side_raised_and_summons_rows(analyze):
    events = events_of(analyze, TEXTS)
    assert ("COOPERATE", "country:PRT", "country:LTU") in coded(events, "side")
    assert ("COOPERATE", "country:CHL", "country:BOL") in coded(events, "side_copula")
    assert not coded(events, "beside")
    assert ("CONSULT", "country:NOR", "country:ISL") in coded(events, "raised")
    assert ("PROTEST", "country:ZAF", "country:KEN") in coded(events, "summoned")
