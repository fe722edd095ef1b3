"""A personal pronoun of a speech verb takes up a person, not a medium an attribution marker
cited just before ("Selon le Journal, …"), when a person of its gender is named earlier; a medium
that is the subject ("Le Journal … écrit-il") stays the speaker (antecedents.py). Invented."""
import pytest

TEXTS = {
    "cited": "Le maire Paul Girard a visité le chantier. Selon Le Journal du Jura, les travaux seront "
             "finis en mai. « Nous tiendrons les délais », a-t-il assuré.",
    "subject": "Le Journal du Jura a interrogé des habitants. « Nous tiendrons les délais », écrit-il.",
}


@pytest.fixture(scope="module")
def speakers(analyzed):
    return {name: {q.text: q.speaker.name for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_the_pronoun_takes_up_the_person(speakers):
    assert speakers["cited"]["Nous tiendrons les délais"] == "Paul Girard"
    assert speakers["cited"]["les travaux seront finis en mai"] == "Le Journal du Jura"


def test_a_medium_subject_stays_the_speaker(speakers):
    assert speakers["subject"]["Nous tiendrons les délais"] == "Le Journal du Jura"
