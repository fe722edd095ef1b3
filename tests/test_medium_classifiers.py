"""A medium noun that only says what kind of thing another noun is ("un communiqué de presse", "une
conférence de presse") names no medium: no unnamed source (nlp/unnamed_media.py). Invented sentences."""


def test_press_release_is_no_source(analyze):
    text = ("Rappel de voitures\n\n"
            "3 mai 2019. – « Nous rappelons 20 000 véhicules par précaution », a indiqué le constructeur "
            "Movauto dans un communiqué de presse. D'après un communiqué de presse de la société, aucun "
            "accident n'a été signalé.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [s.name for s in article.sources] == []


def test_press_with_its_determiner_is_still_a_source(analyze):
    text = ("Rappel de voitures\n\n"
            "3 mai 2019. – Selon la presse locale, le constructeur rappelle 20 000 véhicules. "
            "Le rappel a été confirmé lors d'une conférence de presse mardi.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(s.name, s.named) for s in article.sources] == [("presse locale", False)]


def test_press_release_of_an_organisation_is_its_words(analyze):
    # the author of "un communiqué de presse de X" is X, not "presse de X" (nlp/descriptions.py)
    text = ("Usine\n\n"
            "3 mai 2019. – D'après un communiqué de presse de Movauto, l'usine fermera en juin.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Movauto"
