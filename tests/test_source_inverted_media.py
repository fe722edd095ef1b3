"""A medium as the inverted subject of a speech verb, in shapes the parser misreads (session 35):
an object clitic before the verb taken for its subject ("Ainsi que l'a rapporté Le Monde"), a time
word between the verb and the medium ("Comme l'a révélé mardi Le Canard enchaîné"), a closing incise
whose medium is followed by a phrase on its own work ("…, révèle Le Canard enchaîné dans son édition").
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


@pytest.mark.parametrize("text, medium, verb", [
    ("Comme l'a révélé mardi Le Canard enchaîné, le ministre a salarié son épouse.", "Le Canard enchaîné", "révélé"),
    ("Comme l'a indiqué jeudi soir l'AFP, le bilan des inondations s'est alourdi.", "AFP", "indiqué"),
])
def test_a_time_word_between_the_verb_and_the_medium(analyze, text, medium, verb):
    [(name, written, named)] = cited(analyze, text)
    assert name == medium and named and written.startswith(verb)


@pytest.mark.parametrize("text", [
    "Le ministre a longuement critiqué Le Monde pour son enquête.",
    "Le ministre a accusé mardi Le Figaro de mentir sur ses comptes.",
])
def test_a_medium_object_after_a_subject_is_still_no_source(analyze, text):
    assert cited(analyze, text) == []


def test_a_closing_incise_over_the_medium_s_own_edition(analyze):
    text = "Le député a salarié ses deux fils, révèle Le Canard enchaîné dans son édition de mercredi."
    [(name, written, named)] = cited(analyze, text)
    assert name == "Le Canard enchaîné" and named and written.startswith("révèle")
