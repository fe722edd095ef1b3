"""An incise that closes the words inside their marks ("« Il faut partir, dit-il. »") attributes
them, as one at the split does (nlp/quote_incises.incise_inside); before, the whole quotation was
lost. A participle's clause closing English words in marks is no incise. Invented sentences."""


def test_an_incise_closing_the_words_inside_the_marks(analyzed):
    found = analyzed({
        "pronoun": "La maire Claire Vidal a visité le chantier. « Nous rouvrirons le pont en mai, dit-elle. »",
        "noun": "La maire Claire Vidal a visité le chantier. « Nous rouvrirons le pont en mai, a déclaré la maire. »",
    })
    for article in found.values():
        assert [(q.text, q.type, q.speaker.name) for q in article.quotes] == [
            ("Nous rouvrirons le pont en mai", "direct", "Claire Vidal")]
    english = analyzed({"en": 'The crowd marched on. "They want to scare us, thinking we are going to '
                              'stay home," Ann Lee said.'}, lang="en")["en"]
    assert [q.speaker.name for q in english.quotes] == ["Ann Lee"]
