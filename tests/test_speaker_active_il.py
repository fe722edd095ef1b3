"""A personal "il" before a compound tense of "have" ("Il a précisé que …") is someone, even when
the parser labels it expletive: only a passive ("il a été annoncé que") leaves the speaker
unspecified (nlp/cue_readings.py _impersonal_passive). Invented sentences."""


def test_il_of_a_have_tense_goes_on_with_the_speaker(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – Le porte-parole du gouvernement a affirmé que la loi passerait « sans "
            "difficulté ». Il a précisé que le texte serait « amendé ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le porte-parole du gouvernement"] * 2


def test_impersonal_passive_stays_unspecified(analyze):
    text = ("Réforme\n\n"
            "3 mai 2017. – Le porte-parole du gouvernement a affirmé que la loi passerait « sans "
            "difficulté ». Il a été annoncé que le texte serait « amendé ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes][-1] == "unspecified"
