"""'Tomber d'accord avec X' is an agreement, as 'se mettre d'accord'; 'tomber malade' is none.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "terms": "Le Maroc est tombé d'accord avec l'Espagne.",
    "ill": "Le ministre marocain est tombé malade à Madrid.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_coming_to_terms_is_an_agreement(events):
    assert ("AGREE", "country:MAR", "country:ESP") in coded(events, "terms")
    assert not {e for e in coded(events, "ill") if e[0] == "AGREE"}
