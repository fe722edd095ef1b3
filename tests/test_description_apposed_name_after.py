"""A description between a fronted place and a name in apposition ("A New York, le porte-parole du
secrétaire général, X, a dit") is X, not the place that closes what precedes it
(nlp/descriptions.py adjacent_person). Invented sentences."""


def test_the_name_after_the_description_holds_it(analyze):
    text = ("Mission\n\n"
            "Le porte-parole du gouvernement, Paul Roux, a expliqué à la radio que cette décision n'était "
            "« pas dirigée contre l'ONU ».\n\n"
            "A New York, le porte-parole du secrétaire général, Marc Dupuis, a dit « prendre note » de la demande.")
    article = analyze(text, published="2022-05-03", lang="fr")
    assert article.quotes[-1].speaker.name == "Marc Dupuis"
