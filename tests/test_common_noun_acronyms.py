"""An acronym of a common noun ("l'ADN", "le PIB", "la TVA") names a thing, not a body: it speaks
neither as the subject of a cue, nor after a verb of an incise, nor after a closing marker
(lang/fr/common_noun_acronyms.txt, read by lexicon.is_actor_like and is_non_speaker). An
organisation's acronym still speaks. The sentences are invented."""


def test_the_acronym_of_a_substance_is_no_speaker_of_its_cue(reports):
    assert reports("Le juge a rouvert le dossier. L'ADN prélevé sur le verre confirme que le voleur était là.") == []


def test_the_acronym_of_a_measure_is_no_speaker_after_an_incise_or_a_marker(reports):
    assert reports("La reprise se confirme. Les ventes ont reculé de 3 % en mai, d'après le PIB.") == []
    assert reports("La reprise se confirme. Les ventes ont reculé de 3 % en mai, confirme le PIB.") == []


def test_an_organisations_acronym_still_speaks(reports):
    found = reports("Le juge a rouvert le dossier. L'ONU confirme que le convoi était là.")
    assert [(words, cue) for words, _, cue in found] == [("le convoi était là", "confirme")]
    found = reports("La reprise se confirme. Les ventes ont reculé de 3 % en mai, d'après l'OCDE.")
    assert [words for words, _, _ in found] == ["Les ventes ont reculé de 3 % en mai"]


def test_the_acronym_of_a_substance_is_no_speaker_before_the_clause(reports):
    assert reports("Le juge a rouvert le dossier. Selon l'ADN retrouvé sur le verre, le voleur était là.") == []
    found = reports("Le juge a rouvert le dossier. Selon l'OMS, le virus était là.")
    assert [(words, speaker) for words, speaker, _ in found] == [("le virus était là", "Organisation mondiale de la santé")]
