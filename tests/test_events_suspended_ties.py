"""Freezing or suspending a treaty, a partnership, a programme, investment, grants or a dialogue
with a state is a sanction (PLOVER SANCTION: reduce or stop cooperation), as for relations and
trade. Invented French sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "treaty": "Le Pérou proteste. La Bolivie a gelé le traité de voisinage avec le Pérou.",
    "partnership": "Le Tchad a suspendu son partenariat militaire avec la Belgique.",
}
TITLED = True


def test_a_frozen_treaty_or_suspended_partnership_is_a_sanction(events):
    assert ("SANCTION", "country:BOL", "country:PER") in coded(events, "treaty")
    assert ("SANCTION", "country:TCD", "country:BEL") in coded(events, "partnership")
