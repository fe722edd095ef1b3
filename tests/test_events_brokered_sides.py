"""A mediation whose clause's subject names no side finds the sides one step away: the subject of
the verb whose object a relative clause qualifies ("X et Y ont signé un mémorandum qui ouvre des
négociations sous l'égide de Z"), or the "avec" partner of a meeting noun as subject ("Les
négociations avec X se poursuivent sous la médiation de Z"). Invented sentences, full pipeline
(fr_core_news_md). A side's unaimed reaction does not answer the mediator (`reactions.answering`)."""
from __future__ import annotations

from event_texts import coded_with_mode

TEXTS = {
    "relative": "Le Soudan et l'Ethiopie ont signé vendredi à Genève un mémorandum qui ouvre un nouveau "
                "cycle de négociations, sous l'égide de la Norvège.",
    "answered": "La Norvège a proposé sa médiation entre le Soudan et l'Ethiopie. Le Soudan a vivement protesté.",
    "meeting_subject": "Les négociations avec le Soudan se poursuivent à Genève sous la médiation du Qatar.",
}

# (the conftest's `events` fixture analyses TEXTS)


def test_a_relative_clause_mediation_reaches_the_signers(events):
    assert {("CONSULT", "mediate", "country:NOR", "country:SDN"),
            ("CONSULT", "mediate", "country:NOR", "country:ETH")} <= coded_with_mode(events, "relative")


def test_a_meeting_subject_gives_its_partner(events):
    assert ("CONSULT", "mediate", "country:QAT", "country:SDN") in coded_with_mode(events, "meeting_subject")


def test_a_reaction_answers_no_mediation(events):
    # a broker's good offices toward a side are nothing that side protests against
    assert not any(c[0] == "PROTEST" and c[3] == "country:NOR" for c in coded_with_mode(events, "answered"))
