"""An incise whose subject a stressed pronoun restates between commas ("», a-t-il, lui, assuré")
still attributes the words before it (nlp/quote_incises.py cue_after). Invented sentence."""


def test_an_incise_with_a_stressed_pronoun_attributes_the_quotation(analyze):
    text = ("Budget\n\n"
            "Le ministre Jean Roux a défendu son budget mardi. Le sénateur Marc Blanc l'a critiqué. "
            "« Nous irons jusqu'au bout », a-t-il, lui, assuré.")
    article = analyze(text, published="2022-05-03", lang="fr")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("Nous irons jusqu'au bout", "Marc Blanc")]
