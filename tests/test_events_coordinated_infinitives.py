"""A negation on the verb that governs an infinitive covers the infinitives coordinated with it
("ne veut pas rencontrer X ni négocier avec Y": modality.governors goes through the first
conjunct). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "negated": "La Hongrie ne veut pas rencontrer l'Autriche ni négocier avec la Pologne.",
    "plain": "La Hongrie va rencontrer l'Autriche et négocier avec la Pologne.",
}

TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def recipients(events, name):
    return {e.recipient.actor for e in events[name] if not e.negated}


def test_the_negation_covers_the_coordinated_infinitive(events):
    assert "country:POL" not in recipients(events, "negated")


def test_an_unnegated_coordination_still_yields_both(events):
    assert {"country:AUT", "country:POL"} <= recipients(events, "plain")
