"""A medium's title in marks after the media noun of a speaker mention ("selon le quotidien « La
Gazette du Nord »", "Le quotidien « Le Courrier du Val » affirme") names the speaker: the
medium, not "le quotidien"; and the marked title is no quotation (nlp/quoted_speakers.py).
Invented sentences and titles."""


def _quotes(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2017-05-10", lang="fr")
    return [(q.text, q.speaker.name) for q in article.quotes]


def test_marker_with_an_unlisted_title(analyze):
    assert _quotes(analyze, "Selon le quotidien « La Gazette du Nord », le gouvernement préparerait un "
                            "remaniement.") == [("le gouvernement préparerait un remaniement", "La Gazette du Nord")]


def test_subject_with_a_listed_title_quotes_nothing_else(analyze):
    assert _quotes(analyze, "Le quotidien « Le Devoir » affirme que le gouvernement préparerait un "
                            "remaniement.") == [("le gouvernement préparerait un remaniement", "Le Devoir")]


def test_words_in_marks_after_a_media_noun_still_quote(analyze):
    found = _quotes(analyze, "Le journal « a menti », a déclaré Paul Leroux.")
    assert [speaker for _, speaker in found] == ["Paul Leroux"]
