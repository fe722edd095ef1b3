"""A friendly noun of a quote that names ties between others is no stance of the speaker's toward
them: ties the noun names the parties of ("l'alliance Russie-Corée du Nord"), or ties the target
holds as the subject of the verb that takes the noun ("le Kremlin peut compter sur des
partenaires"); "X est un partenaire" (a copula) stays the speaker's judgment. Invented sentences,
full pipeline; quote_acts._ties_of_others on parsed ones."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "judged": "« La Russie est un partenaire fiable », a déclaré le ministre serbe des Affaires étrangères.",
    "parties": "« L'alliance Russie-Corée du Nord s'inscrit dans une stratégie menée par Vladimir Poutine », "
               "a déclaré le ministre belge des Affaires étrangères.",
}

TITLED = True


def test_a_copula_keeps_the_speakers_judgment(events):
    assert ("SUPPORT", "country:SRB", "country:RUS") in coded(events, "judged")


def test_an_alliance_of_others_is_no_support_of_the_speaker(events):
    assert not any(t == "SUPPORT" and r == "person:vladimir-poutine" for t, _, r in coded(events, "parties"))
