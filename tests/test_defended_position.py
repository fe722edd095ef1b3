"""A position argued for in public with its words in marks ("a défendu un accord « gagnant-gagnant »",
"avait, de son côté, défendu une approche « de long terme »") is a report (speech_verbs.tsv "défendre",
obj frame); the same verb with no marks is none ("a défendu son choix"), and neither is its pronominal
form, another verb ("s'est défendu d'avoir « abandonné » …" rebuts a charge: reflexive_other_verbs.txt,
lexicon._speech_verb). Invented sentences."""
import pytest

TEXTS = {
    "defended": "Le ministre a reçu son homologue mardi.\n\n"
                "Le ministre des Affaires étrangères, Paul Mbala, a défendu un accord « gagnant-gagnant ».",
    "defended_aside": "Le ministre a reçu son homologue mardi.\n\n"
                      "Mme Joubert, de son côté, avait défendu jeudi une approche « de long terme ».",
    "defended_unmarked": "Le ministre a reçu son homologue mardi.\n\n"
                         "Le président Paul Mbala a défendu son choix devant les députés.",
    "defended_himself": "Le ministre a reçu son homologue mardi.\n\n"
                        "Le ministre Paul Mbala s'est défendu d'avoir « abandonné » les agriculteurs.",
}


@pytest.fixture(scope="module")
def quotes(analyzed):
    return {name: {q.text: q.speaker for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_defended_position_in_marks_is_a_report(quotes):
    found = [(text, s) for text, s in quotes["defended"].items() if "gagnant-gagnant" in text]
    assert found and found[0][1].name == "Paul Mbala"


def test_defended_after_an_aside_and_pluperfect(quotes):
    found = [(text, s) for text, s in quotes["defended_aside"].items() if "de long terme" in text]
    assert found and found[0][1].name.endswith("Joubert")


def test_defended_without_marks_is_no_report(quotes):
    assert not quotes["defended_unmarked"]


def test_pronominal_defence_is_another_verb(quotes):
    assert not quotes["defended_himself"]


INNER = {
    "inner": "Le ministre a reçu son homologue mardi.\n\n"
             "La porte-parole Yolande Makolo a affirmé que le Rwanda défendait « sa frontière » face aux milices.",
}


def test_defending_inside_a_reported_clause_is_the_act(analyzed):
    found = {q.text: q.speaker.name for q in analyzed(INNER)["inner"].quotes}
    assert not any(text.startswith("« sa frontière »") or name == "Rwanda" for text, name in found.items())
