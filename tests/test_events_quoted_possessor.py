"""A state named as the "de" complement of a noun the quote's clause takes as a participant, a noun
that is no act ("« respecter les intérêts légitimes de l'Irlande »", "« la souveraineté du Ghana »"), is
whom the quote speaks of: a stated position toward it; an event noun's "de" complement may be its
victim and is left to the noun's frame. Invented texts, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "sovereignty_of": "Le Premier ministre néerlandais Mark Rutte a affirmé jeudi que son pays « défendra la "
                      "souveraineté du Ghana » dans cette crise.",
    "interests_of": "Un porte-parole du gouvernement norvégien a dit « respecter les intérêts légitimes de "
                    "l'Irlande ».",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


def test_the_state_whose_sovereignty_a_quote_defends_is_its_target(events):
    assert any(e[2] == "country:GHA" for e in coded(events, "sovereignty_of"))


def test_the_state_whose_interests_a_quote_respects_is_its_target(events):
    assert any(e[2] == "country:IRL" for e in coded(events, "interests_of"))
