"""A state named as the partner complement of a noun in a quote ("« nos liens avec la Chine »",
event_prepositions partner) is whom the quote speaks of: a stated position toward it. Invented
texts, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "ties_with": "« Nos liens avec la Chine restent solides », a déclaré le ministre français des Affaires "
                 "étrangères, Pierre Durand.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_the_state_a_quote_names_as_partner_of_ties_is_its_target(events):
    assert any(e[0] == "SUPPORT" and e[2] == "country:CHN" for e in coded(events, "ties_with"))

