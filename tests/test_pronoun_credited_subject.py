"""A personal pronoun takes up the person a sentence tells of when that sentence is credited to a
source after its subject ("X a reçu …, rapporte la BBC", "X a jugé …, selon un communiqué de Y"):
the source vouches for the sentence, the person acts in it (antecedents.py). A person named as
the source, or a role an incise verb introduces, may go on speaking: left to the incise. Invented."""
import pytest

TEXTS = {
    "medium": "Le maire de Sion, Paul Girard, a reçu une délégation de vignerons, rapporte la RTS. "
              "Il a assuré que les aides seraient « versées avant l'été ».",
    "marker": "La ministre Anne Morel a jugé ces menaces « inacceptables », selon un communiqué de son "
              "ministère. Elle a réaffirmé son « soutien total » aux pêcheurs.",
    "office": "Le ministre Marc Vial s'est entretenu avec son homologue italien, a confirmé son cabinet. "
              "Il a exigé que les enquêteurs aient accès au site.",
    "role": "Le maire Paul Girard a visité le chantier. Les travaux seront finis en mai, a précisé son "
            "porte-parole, Luc Bron. « Nous tiendrons les délais », a-t-il assuré.",
}


@pytest.fixture(scope="module")
def speakers(analyzed):
    return {name: {q.text: q.speaker.name for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_a_medium_credited_sentence_leaves_its_subject_to_the_pronoun(speakers):
    assert speakers["medium"]["les aides seraient « versées avant l'été »"] == "Paul Girard"


def test_a_marker_credited_sentence_leaves_its_subject_to_the_pronoun(speakers):
    assert speakers["marker"]["son « soutien total » aux pêcheurs"] == "Anne Morel"


def test_an_office_credited_sentence_leaves_its_subject_to_the_pronoun(speakers):
    assert speakers["office"]["les enquêteurs aient accès au site"] == "Marc Vial"


def test_a_person_credited_after_an_incise_verb_goes_on(speakers):
    assert speakers["role"]["Nous tiendrons les délais"] == "Luc Bron"
