"""A speech verb the tagger reads as a noun after a titled name ("Mme X juge qu'il appartient …":
"juge" a noun, "qu'" a relative pronoun on it) opens its que-clause (frames._relative_on_cue); a compound
tense split by an aside whose auxiliary the parse reads into the subject ("X, ministre, a de son côté
salué « … »") gives no mention, so the phrase before the auxiliary speaks (cues._verb_cue).
Invented sentences."""
import pytest

TEXTS = {
    "noun_cue": "Le ministre a reçu son homologue mardi.\n\n"
                "Quant à la question des réparations, Mme Kabila juge qu'il appartient « aux Etats » "
                "d'en discuter et non à sa famille.",
    "aside_subject": "Le ministre a reçu son homologue mardi.\n\n"
                     "Le ministre belge des Affaires étrangères, Paul Verhoeven, a de son côté salué « un climat "
                     "de confiance retrouvé ». Selon la RTBF, les deux pays ont également signé un accord sur la "
                     "réouverture du consulat.",
}


@pytest.fixture(scope="module")
def quotes(analyzed):
    return {name: {q.text: q.speaker for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_noun_read_cue_opens_its_clause(quotes):
    found = [(text, s) for text, s in quotes["noun_cue"].items() if "il appartient" in text]
    assert found and found[0][1].name and found[0][1].name.endswith("Kabila")


def test_split_tense_auxiliary_read_into_the_subject(quotes):
    speaker = quotes["aside_subject"].get("« un climat de confiance retrouvé »")
    assert speaker is not None and speaker.name == "Paul Verhoeven"

