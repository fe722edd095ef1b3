"""A description whose head is a media noun of several words ("le site d'information") speaks for
the medium it takes up, though its first noun is also a document's ("site"), whose author would be
its genitive (nlp/speakers.py). Invented sentences."""


def test_a_media_compound_is_no_document_whose_genitive_speaks(reports, analyze):
    text = "Selon Mediapart, le maire a menti. Le site d'information affirme que le maire a menti deux fois."
    assert reports(text)[-1][1] == "Mediapart"
    article = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05")
    assert [(s.name, s.named) for s in article.sources] == [("Mediapart", True), ("Mediapart", False)]
    # a document's genitive still speaks for it
    assert reports("Le rapport de l'ONU affirme que le maire a menti deux fois.")[0][1] == \
        "Organisation des Nations unies"


def test_a_media_noun_before_an_acronym_the_tagger_calls_punctuation_takes_up_no_medium(analyze):
    # "l'agence américaine USAID": the name after the noun is the speaker, though tagged as
    # punctuation, not the agency cited earlier under the same noun
    text = ("Un titre sans rapport\n\nLe port a été fermé, selon l'agence Kyodo.\n\nLes fonds d'aide ont été "
            "gelés lundi, a confirmé l'agence américaine USAID.\n\nLes fonds ont été gelés, a confirmé "
            "l'agence américaine USAID dans un communiqué.")
    article = analyze(text, published="2024-03-05")
    assert [s.name for s in article.sources] == ["Kyodo"]
    # the lists know USAID as a body: its quotes go to it under its full name
    usaid = "Agence des États-Unis pour le développement international"
    assert [q.speaker.name for q in article.quotes][1:] == [usaid, usaid]
