"""A demonym qualifying a name in a quote ("le PKK irakien", "le Hezbollah libanais") describes that
name, which stands for itself: the state of the demonym is no target of the speaker; a demonym on a
noun standing for the state ("l'armée libanaise") still is (quote_targets._demonym_acts).
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "name": "Le ministre turc a affirmé que « le PKK irakien prépare des attaques ».",
    "state_noun": "Le ministre turc a affirmé que « l'armée irakienne prépare des attaques ».",
}

# (the conftest's `events` fixture analyses TEXTS)


def recipients(events, name):
    return {e.recipient.actor for e in events[name] if not e.negated}


def test_a_demonym_describing_a_name_is_no_target(events):
    assert "country:IRQ" not in recipients(events, "name")


def test_a_demonym_on_a_state_noun_is_the_target(events):
    assert "country:IRQ" in recipients(events, "state_noun")
