"""A speech verb of an infinitive frame ("appeler à", "exhorter à") with an object and, after the
frame's preposition, a noun phrase in marks in place of the infinitive ("a appelé les syndicats à
« la responsabilité »"): the words in marks are what the cue asks of its object, a mixed report of
the verb's subject (invented sentences)."""
import pytest

SENTENCES = [
    ("Le ministre Paul Morin a appelé mardi les syndicats à « la responsabilité ».",
     "« la responsabilité »", "Paul Morin", "a appelé"),
    ("La ministre Anne Morel a exhorté les élus à « la plus grande prudence ».",
     "« la plus grande prudence »", "Anne Morel", "a exhorté"),
]


@pytest.mark.parametrize("sentence, words, speaker, cue", SENTENCES)
def test_quoted_noun_phrase_after_frame_preposition(reports, sentence, words, speaker, cue):
    assert (words, speaker, cue) in reports(sentence)


def test_unquoted_noun_after_preposition_reports_nothing(reports):
    # no marks: "à la prudence" is no reported words of the cue
    assert reports("La ministre Anne Morel a exhorté les élus à la prudence.") == []
