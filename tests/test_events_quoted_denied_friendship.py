"""A friendly word a quote denies or breaks reproaches its target (events/quote_acts.py): "« X n'est pas
un partenaire fiable »", "« une relation de confiance rompue »" are an accusation, not support;
the same words said plainly stay praise, and a negated stop verb goes on ("« nous ne cesserons
jamais de soutenir X »"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
SPEAKER = "Le ministre ghanéen des Affaires étrangères, Kofi Mensah,"
TEXTS = {
    "not_partner": f"{SPEAKER} a déclaré que « le Togo n'est pas un partenaire fiable ».",
    "broken": f"{SPEAKER} a évoqué « une relation de confiance rompue » avec le Togo.",
    "partner": f"{SPEAKER} a déclaré que « le Togo est un partenaire fiable ».",
    "never_stop": f"{SPEAKER} a déclaré que « nous ne cesserons jamais de soutenir le Togo ».",
    "unbreakable": f"{SPEAKER} a déclaré que « rien ne pourra rompre l'amitié entre le Ghana et le Togo ».",
    "more_than": f"« Le Togo n'est pas seulement un partenaire, c'est un frère », a déclaré {SPEAKER[0].lower()}{SPEAKER[1:-1]}.",
}
ACCUSE = ("ACCUSE", "person:kofi-mensah", "country:TGO")
SUPPORT = ("SUPPORT", "person:kofi-mensah", "country:TGO")


def test_a_denied_partnership_reproaches(events):
    assert ACCUSE in coded(events, "not_partner") and SUPPORT not in coded(events, "not_partner")


def test_broken_trust_reproaches(events):
    assert ACCUSE in coded(events, "broken") and SUPPORT not in coded(events, "broken")


def test_a_plain_partnership_is_praise(events):
    assert SUPPORT in coded(events, "partner") and ACCUSE not in coded(events, "partner")


def test_never_stopping_support_is_support(events):
    assert SUPPORT in coded(events, "never_stop") and ACCUSE not in coded(events, "never_stop")


def test_a_stop_verb_itself_negated_breaks_nothing(events):
    assert ACCUSE not in coded(events, "unbreakable")


def test_a_restricted_negation_adds_rather_than_denies(events):
    assert ACCUSE not in coded(events, "more_than")
