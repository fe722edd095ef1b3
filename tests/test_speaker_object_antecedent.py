"""A pronoun whose gender the previous sentence's person subject does not share takes up the
person that sentence's verb acts on, when the article tells that person's gender ("Le président
X a reçu la ministre Y. Elle a déclaré …" is Y), even when an earlier speaker of the pronoun's
gender had the floor; the subject still ranks first (antecedents._object_of). Invented sentences."""


def _speakers(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2017-05-10", lang="fr")
    return [q.speaker.name for q in article.quotes]


def test_object_beats_an_earlier_speaker_of_its_gender(analyze):
    text = ("La députée Anne Morel a dénoncé un « scandale ». Le président Marc Dubois a ensuite reçu la "
            "ministre Claire Martin. Elle a déclaré que la rencontre avait été « fructueuse ».")
    assert _speakers(analyze, text) == ["Anne Morel", "Claire Martin"]


def test_masculine_object(analyze):
    text = ("Le ministre Paul Leroux a dénoncé un « scandale ». La présidente Anne Morel a reçu le député "
            "Jean Dupont. Il a déclaré que la réforme était « injuste ».")
    assert _speakers(analyze, text) == ["Paul Leroux", "Jean Dupont"]


def test_an_agreeing_subject_still_ranks_first(analyze):
    text = ("La députée Anne Morel a dénoncé un « scandale ». Le président Marc Dubois a ensuite reçu le "
            "ministre Paul Leroux. Il a déclaré que la rencontre avait été « fructueuse ».")
    assert _speakers(analyze, text) == ["Anne Morel", "Marc Dubois"]
