"""A reaction with no recipient named is aimed at the state the article is about, but not when
what it is about names a person of the reacting actor's own state: concern voiced about one's own
leader is domestic (GUIDELINES §7). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "own_leader": "Sanctions contre l'Iran\n\nLes États-Unis ont imposé de nouvelles sanctions à l'Iran lundi. "
                  "L'Iran a dénoncé ces mesures. Le sénateur américain Tom Walker a exprimé des inquiétudes "
                  "quant à l'impulsivité du président américain Donald Trump.",
    "no_person": "Sanctions contre l'Iran\n\nLes États-Unis ont imposé de nouvelles sanctions à l'Iran lundi. "
                 "L'Iran a dénoncé ces mesures. Le sénateur américain Tom Walker a exprimé des inquiétudes.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.name, e.recipient.actor) for e in events[name] if not e.negated}


def test_concern_about_ones_own_leader_is_aimed_at_no_state(events):
    assert not any(t == "ACCUSE" and a == "Tom Walker" for t, a, r in coded(events, "own_leader"))


def test_concern_with_no_one_named_still_answers_the_state_spoken_of(events):
    assert ("ACCUSE", "Tom Walker", "country:IRN") in coded(events, "no_person")
