"""A verb of learning closes a report with its named inverted subject when an informant follows
("…, a appris Le Monde de sources diplomatiques."). Invented sentences."""


def test_a_medium_that_learnt_the_words_from_its_sources(analyzed):
    article = analyzed({"learnt": "Le sommet sur la pêche aura lieu à Dakar en juin, a appris "
                                  "Le Monde de sources diplomatiques."})["learnt"]
    assert [(q.text, q.speaker.name) for q in article.quotes] == [
        ("Le sommet sur la pêche aura lieu à Dakar en juin", "Le Monde")]
