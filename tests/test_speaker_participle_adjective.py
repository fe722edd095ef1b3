"""A participle used as an adjective stays in the speaker's noun phrase: "La presse spécialisée
rapporte que …" is "La presse spécialisée", not "La presse", whether the parser hangs the
participle on the noun or the speech verb on the participle (syntax.noun_phrase, subject_of).
One with a complement of its own stays out. Invented sentences."""


def _speakers(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2017-05-10", lang="fr")
    return [q.speaker.name for q in article.quotes]


def test_participle_adjective_in_the_mention(analyze):
    assert _speakers(analyze, "La presse spécialisée rapporte que le constructeur prépare un nouveau "
                              "modèle.") == ["La presse spécialisée"]
    assert _speakers(analyze, "Les médias spécialisés rapportent que le constructeur prépare un nouveau "
                              "modèle.") == ["Les médias spécialisés"]
