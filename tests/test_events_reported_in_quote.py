"""A quote or a "selon" attribution that reports an act between other actors ("Selon la Suède, la
Russie a critiqué la Hongrie") is no act of its speaker toward either side; who is said to act with
hostility is still accused by the speaker. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "reported_blame": "Selon la Suède, la Russie a critiqué la Hongrie.",
    "reported_strike": "Selon l'Ukraine, la Russie a bombardé la Pologne.",
    "own_support": "« Nous soutenons l'Ukraine », a déclaré le ministre suédois des Affaires étrangères.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_relayed_act_is_not_the_speaker_s(events):
    pairs = {(a, r) for _, a, r in coded(events, "reported_blame")}
    assert ("country:RUS", "country:HUN") in pairs
    assert not {p for p in pairs if "country:SWE" in p}


def test_a_relayed_hostile_act_accuses_its_doer_only(events):
    found = coded(events, "reported_strike")
    assert ("ACCUSE", "country:UKR", "country:RUS") in found
    assert not {f for f in found if f[1] == "country:UKR" and f[2] == "country:POL"}


def test_the_speaker_s_own_act_is_kept(events):
    assert ("SUPPORT", "country:SWE", "country:UKR") in coded(events, "own_support")
