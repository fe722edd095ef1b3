"""Object and dative clitics take up a side of the previous sentence ("Il l'a appelé à …", "l'Union
européenne lui a imposé …"): the last person it acted on, else its subject, never the clitic's own
clause's actor. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "object": "Emmanuel Macron a reçu le président égyptien Abdel Fattah al-Sissi à l'Élysée. "
              "Il l'a appelé à respecter les droits de l'homme.",
    "dative": "La Russie a envahi l'Ukraine en février 2022. "
              "Depuis, l'Union européenne lui a imposé onze paquets de sanctions.",
    "first_sentence": "L'Union européenne lui a imposé des sanctions.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_an_object_clitic_takes_up_the_person_acted_on(events):
    assert ("REQUEST", "person:emmanuel-macron", "person:abdel-fattah-al-sissi") in coded(events, "object")


def test_a_dative_clitic_takes_up_the_previous_subject(events):
    assert ("SANCTION", "org:ue", "country:RUS") in coded(events, "dative")


def test_a_clitic_with_no_sentence_before_names_nobody(events):
    assert coded(events, "first_sentence") == set()
