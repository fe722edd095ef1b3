"""In a quote, an infinitive hung on the foreign actor named is that actor's own act ("laisser X
menacer", "laisser X bombarder"): its words and its hostile acts are said of the target, so the
quote is no stated support of it. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "threat": "« Nous ne laisserons jamais l'Iran menacer nos voisins », a déclaré le ministre saoudien.",
    "attack": "« Nous ne laisserons pas la Serbie bombarder nos villages », a affirmé le président albanais.",
    "friendly": "« Nous voulons des liens plus étroits avec la Serbie », a affirmé le président albanais.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_threat_let_to_the_target_is_no_support(events):
    found = coded(events, "threat")
    assert ("THREATEN", "country:SAU", "country:IRN") in found
    assert not any(t == "SUPPORT" for t, *_ in found)


def test_an_attack_let_to_the_target_is_an_accusation(events):
    found = coded(events, "attack")
    assert ("ACCUSE", "country:ALB", "country:SRB") in found
    assert not any(t == "SUPPORT" for t, *_ in found)


def test_a_friendly_quote_stays_support(events):
    assert ("SUPPORT", "country:ALB", "country:SRB") in coded(events, "friendly")
