"""An inverted incise whose speaker a relative clause describes ("…, a indiqué le maire, qui a aussi
annoncé …") still closes the words before it; a bare participle before a relative ("…, considéré
comme influent, qui …") describes a noun and closes no words. Invented sentences."""


def test_a_relative_clause_after_the_incise_speaker(analyzed):
    article = analyzed({"rel": "Le marché couvert rouvrira en septembre, a indiqué le maire de Nantes, "
                               "qui a aussi promis de nouveaux parkings."})["rel"]
    assert [(q.text, q.type, q.speaker.name) for q in article.quotes] == [
        ("Le marché couvert rouvrira en septembre", "indirect", "le maire de Nantes")]
    # a bare participle before a relative is no incise
    article = analyzed({"bare": "C'est la venue de Paul Durand, conseiller du préfet, considéré comme "
                                "très influent, qui a provoqué la colère des habitants."})["bare"]
    assert article.quotes == []
