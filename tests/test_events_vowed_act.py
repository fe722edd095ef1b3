"""A hostile act its actors vow in their own quoted words, in the future ("« Nous frapperons X »",
"« nous continuerons à frapper X »"), is a threat (modality.vowed_act), not yet the act; the same
act told in the past, or announced by the journalist, stays the act. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "vowed": "« Nous frapperons les positions du Hezbollah sans relâche », a déclaré le Premier ministre israélien.",
    "continued": "« Nous continuerons à bombarder le Hezbollah », a déclaré le Premier ministre israélien.",
    "done": "« Nous avons frappé le Hamas de toutes nos forces », a déclaré le Premier ministre israélien.",
    "told": "Israël frappera le Hezbollah de toutes ses forces, a déclaré le Premier ministre.",
}

TITLED = True


def test_a_hostile_act_vowed_in_a_quote_is_a_threat(events):
    assert ("THREATEN", "country:ISR", "org:hezbollah") in coded(events, "continued")
    assert not any(kind == "ASSAULT" for kind, _, _ in coded(events, "continued"))


def test_an_act_done_or_told_by_the_journalist_stays_the_act(events):
    assert ("ASSAULT", "country:ISR", "org:hamas") in coded(events, "done")
    assert ("ASSAULT", "country:ISR", "org:hezbollah") in coded(events, "told")
