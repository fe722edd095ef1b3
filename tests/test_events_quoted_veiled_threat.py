"""A retaliation announced in veiled words ("« nous prendrons les mesures nécessaires »", "« toutes
les options sont sur la table »"; event_veiled_threats.tsv) is a threat of the speaker; naming no
foreign actor, it answers whoever just acted on the speaker's state, as a threatening cue does
(events/quote_events.py). Not when the verb is negated, nor the same words about a domestic
matter. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)
ACT = "Le Togo a expulsé mardi trois diplomates ghanéens."
SPEAKER = "Le porte-parole du gouvernement ghanéen, Kofi Mensah,"
TEXTS = {
    "measures": f"{ACT} {SPEAKER} a affirmé que le Ghana prendrait « les mesures nécessaires » pour défendre ses intérêts.",
    "options": f"{ACT} {SPEAKER} a assuré que « toutes les options » restaient sur la table.",
    "answer": f"{ACT} « Nous répondrons de manière appropriée », a déclaré {SPEAKER[0].lower()}{SPEAKER[1:-1]}.",
    "negated": f"{ACT} {SPEAKER} a affirmé que le Ghana ne prendrait pas les mesures nécessaires.",
    "studied": f"{ACT} {SPEAKER} a affirmé que « nous n'avons pas encore étudié toutes les options ».",
    "economy": f"{ACT} {SPEAKER} a affirmé que « nous examinons toutes les options pour relancer l'économie ».",
    "domestic": f"{ACT} Le ministre ghanéen de la Santé, Kofi Mensah, a déclaré que « les mesures nécessaires "
                "pour endiguer l'épidémie » seraient annoncées.",
}
THREAT = ("THREATEN", "person:kofi-mensah", "country:TGO")


def test_necessary_measures_threaten_who_acted_on_the_state(events):
    assert THREAT in coded(events, "measures")


def test_all_options_threaten_who_acted_on_the_state(events):
    assert THREAT in coded(events, "options")


def test_an_appropriate_answer_threatens_who_acted_on_the_state(events):
    assert THREAT in coded(events, "answer")


def test_a_negated_verb_threatens_no_one(events):
    assert THREAT not in coded(events, "negated")


def test_measures_of_another_matter_threaten_no_one(events):
    assert THREAT not in coded(events, "domestic")


def test_all_options_not_on_the_table_threaten_no_one(events):
    assert THREAT not in coded(events, "studied")
    assert THREAT not in coded(events, "economy")
