"""A description whose role has a complement ("le président de la République") takes up a person
the article gave the bare role ("le président Marc Dulac"): a role with no complement names no other
office, so it does not contradict the description (nlp/office_titles.py, contradicted).
Invented sentences."""


def test_bare_role_does_not_contradict_a_complement(analyze):
    article = analyze("Un titre sans rapport\n\nDevant les maires réunis à Lyon, le président Marc Dulac a demandé "
                      "une enquête sur les hôpitaux ruraux.\n\n« Aucun village ne doit rester sans médecin », a "
                      "déclaré le président de la République.", published="2024-03-05")
    quote = next(q for q in article.quotes if "Aucun village" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Marc Dulac"


def test_role_with_another_complement_still_contradicts(analyze):
    article = analyze("Un titre sans rapport\n\nDevant les maires réunis à Lyon, le président du Sénat Marc Dulac a "
                      "demandé une enquête sur les hôpitaux ruraux.\n\n« Aucun village ne doit rester sans médecin », "
                      "a déclaré le président de la République.", published="2024-03-05")
    quote = next(q for q in article.quotes if "Aucun village" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Marc Dulac"
