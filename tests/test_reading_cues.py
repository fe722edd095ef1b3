"""Words in marks one "can read" in a document or a medium ("« … », peut-on lire dans le
communiqué"): the reading verb with the impersonal inverted subject is the cue, the document or
medium the speaker mention (nlp/reading_cues.py, lang/fr/reading_cues.tsv). Invented sentences."""


def test_peut_on_lire_dans_a_document_gives_it_to_its_author(reports):
    found = reports("« Les digues ne tiendront pas un hiver de plus », peut-on lire dans le rapport de la mairie.")
    assert [(words, cue) for words, _, cue in found] == [("Les digues ne tiendront pas un hiver de plus",
                                                         "peut-on lire")]
    assert found[0][1] is not None


def test_lit_on_dans_a_medium(reports):
    found = reports("« Le chantier reprendra en avril » lit-on dans Le Courrier du Soir.")
    assert [cue for _, _, cue in found] == ["lit-on"]


def test_a_personal_subject_is_no_reading_cue(reports):
    found = reports("« Le chantier reprendra en avril », il faut lire dans ce texte une menace.")
    assert [cue for _, _, cue in found if cue and "lire" in cue] == []
