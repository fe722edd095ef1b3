"""A person named after a comma behind the role noun that describes them is an apposition even
when the parser reads it as a conjunct ("le représentant de l'ONU, Leonardo Santos Simão"): the
person is the side, the organisation inside the description names no second one. A real list of
actors still gives each. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "envoy": "Le ministre tunisien a reçu le représentant spécial du secrétaire général des Nations unies, "
             "Leonardo Santos Simão.",
    "list": "Le Chili a reçu les représentants de l'ONU, de l'UE et de la Bolivie.",
}


def recipients(events, name):
    return {e.recipient.actor for e in events[name] if not e.negated}


def test_the_apposed_person_is_the_only_side(events):
    assert recipients(events, "envoy") == {"person:leonardo-santos-simao"}


def test_a_list_still_gives_each_actor(events):
    assert {"org:onu", "org:ue", "country:BOL"} <= recipients(events, "list")
