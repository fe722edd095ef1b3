"""A medium as the inverted subject of a speech verb, in shapes the parser misreads (session 35):
an object clitic before the verb taken for its subject ("Ainsi que l'a rapporté Le Monde").
The real model; the sentences are invented."""
import pytest

DAY = "2023-06-14"


def cited(analyze, text):
    return [(s.name, text[s.start:s.end], s.named) for s in analyze(text, published=DAY).sources]


@pytest.mark.parametrize("text, medium", [
    ("Ainsi que l'a rapporté Le Monde, le ministre quittera ses fonctions en juin.", "Le Monde"),
])
def test_a_medium_after_an_object_clitic_and_its_verb_is_a_source(analyze, text, medium):
    [(name, written, named)] = cited(analyze, text)
    assert name == medium and named and written.startswith("rapporté")


def test_a_medium_object_after_a_subject_is_still_no_source(analyze):
    assert cited(analyze, "Le ministre a longuement critiqué Le Monde pour son enquête.") == []
