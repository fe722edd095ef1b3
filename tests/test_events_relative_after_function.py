"""A relative after a person's function in apposition stands for the person, though the parser
hangs it on the last noun of the function's complement: "Idriss Déby, président du Tchad et de
l'Union africaine, qui a effectué un voyage …" is Déby's voyage, not the African Union's. Invented
sentences (names made up), full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "function": "Paul Ndegwa, président du Kenya et de l'Union africaine, qui a effectué un voyage en "
                "Allemagne, a parlé.",
    "plain": "La délégation de l'Union africaine, qui a effectué un voyage en Allemagne, a parlé.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_relative_after_a_function_is_the_persons(events):
    found = coded(events, "function")
    assert ("CONSULT", "person:paul-ndegwa", "country:DEU") in found
    assert not any(actor == "org:ua" for _, actor, _ in found)


def test_a_relative_after_a_body_stays_the_bodys(events):
    assert ("CONSULT", "org:ua", "country:DEU") in coded(events, "plain")
