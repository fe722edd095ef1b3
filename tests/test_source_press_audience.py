"""The press at large addressed ("a déclaré à la presse") is a statement's audience, not a medium it
was given through (nlp/unnamed_media.py, audience_media_nouns.txt); a broadcaster addressed and the
press as a venue stay sources. The sentences are invented."""


def cited(analyze, text):
    return [(s.name, text[s.start:s.end], s.named) for s in analyze(text, published="2024-03-05").sources]


def test_the_press_addressed_is_no_source(analyze):
    assert cited(analyze, "Le maire Paul Martin a annoncé sa démission à la presse mardi soir.") == []
    assert cited(analyze, "La directrice Claire Dubois a confié à la presse régionale que l'usine fermerait.") == []


def test_a_broadcaster_addressed_and_the_press_as_a_venue_stay_sources(analyze):
    assert cited(analyze, "Le maire Paul Martin a annoncé à la radio publique que l'usine fermerait.") == \
        [("radio publique", "annoncé à la radio publique", False)]
    assert cited(analyze, "Le maire Paul Martin a affirmé dans la presse régionale que l'usine fermerait.") == \
        [("presse régionale", "affirmé dans la presse régionale", False)]
