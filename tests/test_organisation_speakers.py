"""Speaker nouns (lang/fr/speaker_nouns.txt): a body of members or an organisation speaks
through its officers, so a cue whose subject it heads reports ("La fédération précise que …"),
where a subject that is no speaker ("Les analyses indiquent que") reports nothing. Real French
model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def reports(analyze, sentence):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_union_federation_speaks(analyze):
    for subject in ("La centrale syndicale", "La fédération", "L'organisme"):
        found = reports(analyze, f"{subject} précise que le guichet restera fermé jusqu'en juin.")
        assert found == [("le guichet restera fermé jusqu'en juin", subject)]
