"""A relative pronoun with its preposition fused in ("auquel", "auxquels", "duquel") introduces
the complement it stands for: "le Soudan, auquel le Tchad a livré des armes" names the dative of
"livrer", the noun the relative hangs on. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "dative": "Le Yémen, auquel l'Iran a livré des armes, a démenti.",
    "demand": "Le Yémen, auquel l'Iran a demandé des explications, a démenti.",
    "partner": "Le Yémen, avec lequel l'Iran a rompu ses relations, a démenti.",
}

TITLED = True


def test_a_fused_relative_names_its_preposition_s_complement(events):
    assert ("AID", "country:IRN", "country:YEM") in coded(events, "dative")
    assert ("REQUEST", "country:IRN", "country:YEM") in coded(events, "demand")


def test_a_relative_after_its_preposition_still_reads(events):
    assert ("SANCTION", "country:IRN", "country:YEM") in coded(events, "partner")
