"""A cueless quotation that closes a paragraph goes on with its paragraph's speaker: the incise of
the quotation that opens the next paragraph never reaches back across the break, however few marks
stand between them (own_sentence_speakers.shared_incise). Invented sentences."""


def test_a_continuation_closing_a_paragraph_keeps_its_speaker_not_the_next_incise(analyze):
    first = ("Le syndic Paul Martin se dit inquiet. « Les comptes sont dans le rouge », explique-t-il. "
             "« Nous devrons couper. »")
    alone = analyze(first, published="2024-05-02", lang="fr")
    both = analyze(first + "\n\n« Rien n'est décidé », regrette Mme Claire Dubois.", published="2024-05-02", lang="fr")
    for article in (alone, both):
        speakers = {q.text: q.speaker.name for q in article.quotes}
        assert speakers["Nous devrons couper."] == "Paul Martin"
    assert {q.text: q.speaker.name for q in both.quotes}["Rien n'est décidé"] == "Claire Dubois"


def test_within_its_paragraph_a_continuation_shares_the_incise_of_the_next_quotation(analyze):
    text = ("Le syndic Paul Martin se dit inquiet. « Les comptes sont dans le rouge », explique-t-il. "
            "« Nous devrons couper. » « Rien n'est décidé », regrette Mme Claire Dubois.")
    speakers = {q.text: q.speaker.name for q in analyze(text, published="2024-05-02", lang="fr").quotes}
    assert speakers["Nous devrons couper."] == speakers["Rien n'est décidé"] == "Claire Dubois"
