"""A medium that speaks a quote through a marker, a work and a participle ("According to a memo
seen by Reuters, …"): the source's span takes in the participle that links the medium to the
information (nlp/sources.py), not the medium's name alone. The sentences are invented."""


def cited(analyze, text, lang):
    return [(s.name, text[s.start:s.end]) for s in analyze(text, lang=lang, published="2024-03-05").sources]


def test_an_english_medium_seen_by_before_the_clause(analyze):
    text = "According to a memo seen by Reuters, the airline plans to cut four hundred jobs next year."
    assert cited(analyze, text, "en") == [("Reuters", "seen by Reuters")]


def test_a_french_medium_agent_of_a_participle_before_the_clause(analyze):
    text = "Selon les documents obtenus par Le Monde, la compagnie supprimera quatre cents emplois l'an prochain."
    assert cited(analyze, text, "fr") == [("Le Monde", "obtenus par Le Monde")]
