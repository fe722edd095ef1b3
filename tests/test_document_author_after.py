"""A document whose author a participle sets after it ("selon un rapport publié par X", "une étude
réalisée par X") is attributed to that author, as "un rapport de X" is (nlp/document_authors.py).
Invented sentences."""


def test_document_published_by_its_author(reports):
    found = reports("Selon un rapport publié par l'Observatoire des prix, les loyers ont augmenté de 4 % "
                    "dans les grandes villes.")
    assert found[0][1].endswith("Observatoire des prix")


def test_study_carried_out_by_an_institute(reports):
    found = reports("Selon une étude réalisée par l'institut Sondaxa, la majorité des habitants soutient le projet.")
    assert "Sondaxa" in found[0][1]


def test_a_document_by_its_author_is_hers_not_the_latest_medium():
    # the agent preposition right on the document noun, no participle between ("a study by X")
    import newsgraph
    text = ("A title\n\nThe plan was first described by The New York Times on Monday.\n\n"
            "Some renters would pay more under the plan, according to a study by Maria Olsen, a housing economist.")
    article = newsgraph.analyze(text, published="2024-05-02", lang="en")
    # (the first sentence is a report of the Times of its own: the passive names its agent)
    assert [q.speaker.name for q in article.quotes if "renters" in q.text] == ["Maria Olsen"]
    second = text.index("Some renters")
    assert not [s for s in article.sources if s.start >= second]  # the medium named before is no source of her figures
