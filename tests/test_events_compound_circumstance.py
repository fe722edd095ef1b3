"""A visit or a summit framing the main clause through a compound preposition the parser reads as
a word of its own ("Lors d'une visite en Suède, X a …": the adverb "lors"; "au cours d'un voyage au
Chili", "en marge du sommet de l'OTAN": a noun) is the main clause's subject's, as with a plain
preposition ("en visite à Lima, X a …"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "lors": "Lors d'une visite en Suède, le président péruvien Pedro Castillo a salué les progrès du pays.",
    "cours": "Le président péruvien Pedro Castillo a annoncé au cours d'un voyage au Chili un plan pour l'eau.",
    "against": "Le Pérou a protesté contre la visite au Chili du ministre bolivien.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def visits(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "CONSULT" and e.mode == "visit"}


def test_the_adverb_of_a_compound_preposition_frames_the_clause(events):
    assert ("person:pedro-castillo", "country:SWE") in visits(events, "lors")


def test_the_noun_of_a_compound_preposition_frames_the_clause(events):
    assert ("person:pedro-castillo", "country:CHL") in visits(events, "cours")


def test_a_visit_protested_against_is_not_the_subjects(events):
    assert not any(a == "country:PER" for a, _ in visits(events, "against"))
