"""An organisation noun in apposition after a name the tagger does not know ("la Fedelec,
l'association regroupant …") introduces that name: a later definite description with the noun
("l'association européenne précise …") takes it up (nlp/apposed_names.py). Invented sentences."""


def test_name_before_apposed_noun_is_taken_up(analyze):
    article = analyze("Un titre sans rapport\n\nLe retard est de six minutes, explique un communiqué de la Fedelec, "
                      "l'association regroupant les gestionnaires de réseaux en Europe.\n\nDans le communiqué, "
                      "l'association européenne précise que ce décalage a pour origine la région des Balkans, où "
                      "« la production a baissé ».", published="2024-03-05")
    quote = next(q for q in article.quotes if "décalage" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Fedelec"

