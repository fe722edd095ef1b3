"""A decision's bloc adjective is its author, and so the subject of the infinitive it governs ("la
décision européenne d'interrompre les versements au Burundi": the EU suspends). Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "stopped": "La décision européenne d'interrompre les versements au Burundi a surpris.",
    "sanction": "La décision européenne de sanctionner la Russie a irrité Moscou.",
}

TITLED = True


def test_the_bloc_adjective_of_a_decision_acts(events):
    assert ("SANCTION", "org:ue", "country:BDI") in coded(events, "stopped")
    assert ("SANCTION", "org:ue", "country:RUS") in coded(events, "sanction")
