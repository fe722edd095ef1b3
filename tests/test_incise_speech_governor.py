"""An inverted incise whose speech verb is the infinitive of a governor that leaves it the speech act
("», s'est contenté de dire X", "», s'est-il borné à dire") attributes the words before it, instead of
letting an earlier "selon" carry over (nlp/quote_incises.py cue_after). Invented sentences."""


def test_a_governed_incise_names_its_inverted_subject(analyze):
    text = ("Médiation\n\n"
            "Selon le quotidien Le Monde, le président aurait accepté de jouer les médiateurs. "
            "« Nous parlons avec tous les pays voisins », s'est contenté de dire un conseiller du ministre.")
    article = analyze(text, published="2022-05-03", lang="fr")
    said = {q.text: q for q in article.quotes}
    quote = said["Nous parlons avec tous les pays voisins"]
    assert quote.speaker.name == "un conseiller du ministre"
    assert quote.cue.text == "s'est contenté de dire"


def test_a_governed_incise_with_an_inverted_pronoun(analyze):
    text = ("Médiation\n\n"
            "Le ministre Paul Vernier a reçu le journaliste. Selon le quotidien Le Monde, il n'a rien promis. "
            "« Nous sommes prêts à aider », s'est-il borné à dire.")
    article = analyze(text, published="2022-05-03", lang="fr")
    said = {q.text: q for q in article.quotes}
    assert said["Nous sommes prêts à aider"].speaker.name == "Paul Vernier"
