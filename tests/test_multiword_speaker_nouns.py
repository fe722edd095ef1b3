"""A speaker noun of several words whose words are not listed alone ("le numéro un chinois", "un
lanceur d'alerte": role_nouns.txt) makes its noun phrase someone who may speak, as a one-word noun
does (lexicon._listed_phrase in is_actor_like). Invented sentences."""

TEXTS = {
    "role": "Le numéro un chinois a salué un partenaire « fiable et innovant ».",
    "elided": "Un lanceur d'alerte affirme que les données ont été vendues à l'étranger.",
}


def test_a_speaker_noun_of_several_words_speaks(analyzed):
    articles = analyzed(TEXTS, headline=True)
    found = {key: [(q.text, q.cue.text, a.text[q.speaker.start:q.speaker.end]) for q in a.quotes]
             for key, a in articles.items()}
    assert found["role"] == [("un partenaire « fiable et innovant »", "a salué", "Le numéro un chinois")]
    assert found["elided"] == [("les données ont été vendues à l'étranger", "affirme", "Un lanceur d'alerte")]
