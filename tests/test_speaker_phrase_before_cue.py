"""A cue before its words whose subject the parse lost altogether goes to the part of its sentence
the commas set off right before the verb group: a name before its description in apposition, or
an institution after a fronted place (lost_subjects.phrase_before_cue). Invented sentences."""
import pytest

TEXTS = {
    # (the speaker of the paragraph before must not go on)
    "apposed": "Le ministre Marc Fontaine a affirmé que le budget était « équilibré ». Le ministre a par "
               "ailleurs accusé des réseaux de financer les milices.\n\n"
               "Du côté séparatiste, Paul Mercier, l'un des dirigeants en exil, s'est dit prêt à négocier.",
    "fronted": "Le quotidien local a publié le texte.\n\n"
               "A Washington, le Département d'Etat a fait savoir qu'il réexaminerait le dossier.",
}


@pytest.fixture(scope="module")
def speakers(analyzed):
    return {name: {q.text: q.speaker.name for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_a_name_before_its_description_speaks(speakers):
    assert speakers["apposed"]["prêt à négocier"] == "Paul Mercier"


def test_an_institution_after_a_fronted_place_speaks(speakers):
    said = next(name for words, name in speakers["fronted"].items() if words.startswith("il réexaminerait"))
    assert said and said.endswith("Département d'Etat")
