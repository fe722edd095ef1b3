"""Stop nouns (issue 11): a noun that ends a cooperative noun ("la fin des accords de coopération",
"mettre fin à sa coopération", "mettre un terme à son partenariat") makes it a SANCTION (mode
suspend), as a stop verb does; talks and visits that end are no sanction. Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "end_of": "Bamako a annoncé lundi la fin des accords de coopération militaire avec la France.",
    "put_an_end": "Le Mali met fin à sa coopération militaire avec la France.",
    "put_a_term": "Le Niger a mis un terme à son partenariat militaire avec les États-Unis.",
    "end_of_visit": "À la fin de la visite du président chinois Xi Jinping à Paris, "
                    "Emmanuel Macron a salué la Chine.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    """(type, mode, actor id, recipient id) of a text's events."""
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_end_of_an_agreement_announced_is_a_suspension(events):
    assert coded(events, "end_of") == {("SANCTION", "suspend", "country:MLI", "country:FRA")}


def test_putting_an_end_to_cooperation_is_a_suspension_not_cooperation(events):
    assert coded(events, "put_an_end") == {("SANCTION", "suspend", "country:MLI", "country:FRA")}
    assert coded(events, "put_a_term") == {("SANCTION", "suspend", "country:NER", "country:USA")}


def test_the_end_of_a_visit_sanctions_nobody(events):
    assert not any(t == "SANCTION" for t, *_ in coded(events, "end_of_visit"))
