"""A visit noun framing the main clause ("En visite officielle en Chine, Lula a …", "Pendant son
séjour au Japon, le président français …") is a visit by the clause's subject; a visit the subject
protests against is not its own. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "en_visite": "En visite officielle en Chine, le président brésilien Lula a rencontré des chefs d'entreprise.",
    "en_visite_request": "En visite à Pékin, Emmanuel Macron a appelé la Chine à la retenue.",
    "protest": "La Chine a protesté contre la visite à Taïwan.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    """(type, mode, actor id, recipient id) of a text's events."""
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_visit_framing_the_clause_is_the_subjects_visit(events):
    assert ("CONSULT", "visit", "country:CHN") == next(
        (t, m, r) for t, m, a, r in coded(events, "en_visite") if t == "CONSULT")
    assert {("CONSULT", "visit", "person:emmanuel-macron", "country:CHN"),
            ("REQUEST", None, "person:emmanuel-macron", "country:CHN")} <= coded(events, "en_visite_request")


def test_a_visit_protested_against_is_not_the_protesters(events):
    assert not any(t == "CONSULT" for t, *_ in coded(events, "protest"))
