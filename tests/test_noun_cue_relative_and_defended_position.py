"""A speech verb the tagger reads as a noun after a titled name ("Mme X juge qu'il appartient …":
"juge" a noun, "qu'" a relative pronoun on it) opens its que-clause (frames._relative_on_cue); a
position argued for in public with its words in marks ("a défendu un accord « gagnant-gagnant »",
"avait, de son côté, défendu une approche « de long terme »") is a report (speech_verbs.tsv
"défendre", obj frame), and the same verb with no marks is none ("a défendu son choix"); a compound
tense split by an aside whose auxiliary the parse reads into the subject ("X, ministre, a de son côté
salué « … »") gives no mention, so the phrase before the auxiliary speaks (cues._verb_cue).
Invented sentences."""
import pytest

TEXTS = {
    "noun_cue": "Le ministre a reçu son homologue mardi.\n\n"
                "Quant à la question des réparations, Mme Kabila juge qu'il appartient « aux Etats » "
                "d'en discuter et non à sa famille.",
    "defended": "Le ministre a reçu son homologue mardi.\n\n"
                "Le ministre des Affaires étrangères, Paul Mbala, a défendu un accord « gagnant-gagnant ».",
    "defended_aside": "Le ministre a reçu son homologue mardi.\n\n"
                      "Mme Joubert, de son côté, avait défendu jeudi une approche « de long terme ».",
    # the parse reads "a de son côté" as a noun phrase conjoined to the title, the subject it gives
    "aside_subject": "Le ministre a reçu son homologue mardi.\n\n"
                     "Le ministre belge des Affaires étrangères, Paul Verhoeven, a de son côté salué « un climat "
                     "de confiance retrouvé ». Selon la RTBF, les deux pays ont également signé un accord sur la "
                     "réouverture du consulat.",
    "defended_unmarked": "Le ministre a reçu son homologue mardi.\n\n"
                         "Le président Paul Mbala a défendu son choix devant les députés.",
}


@pytest.fixture(scope="module")
def quotes(analyzed):
    return {name: {q.text: q.speaker for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_noun_read_cue_opens_its_clause(quotes):
    found = [(text, s) for text, s in quotes["noun_cue"].items() if "il appartient" in text]
    assert found and found[0][1].name and found[0][1].name.endswith("Kabila")


def test_defended_position_in_marks_is_a_report(quotes):
    found = [(text, s) for text, s in quotes["defended"].items() if "gagnant-gagnant" in text]
    assert found and found[0][1].name == "Paul Mbala"


def test_defended_after_an_aside_and_pluperfect(quotes):
    found = [(text, s) for text, s in quotes["defended_aside"].items() if "de long terme" in text]
    assert found and found[0][1].name.endswith("Joubert")


def test_split_tense_auxiliary_read_into_the_subject(quotes):
    speaker = quotes["aside_subject"].get("« un climat de confiance retrouvé »")
    assert speaker is not None and speaker.name == "Paul Verhoeven"


def test_defended_without_marks_is_no_report(quotes):
    assert not quotes["defended_unmarked"]
