"""A fronted channel the parser takes for the subject ("Sur Twitter, X a dénoncé …") does not
speak: the name in apposition after it does; a partitive opening ("De nombreux élus") is no
channel (speakers.py _subject_of_cue). Invented sentences."""


def test_name_after_a_fronted_channel_speaks(analyze):
    text = ("Assemblée\n\n"
            "3 mai 2019. – Le vote a eu lieu.\n\n"
            "Sur Twitter, Philippe Gosselin (UMP) a dénoncé un « Incident grave ! Malgré un vote annoncé, "
            "la gauche fait suspendre la séance ! ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Philippe Gosselin"]
