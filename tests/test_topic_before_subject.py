"""A topic phrase that opens the sentence ("Côté marocain, …") is parsed as the subject, the real
subject as its apposition: the apposition speaks when the topic cannot (cues._after_topic). The
sentences are invented."""


def test_the_subject_after_a_topic_phrase_speaks(reports):
    found = reports("Côté syndical, la secrétaire générale Marie Blanc a jugé la réforme « inacceptable ».")
    assert found == [("la réforme « inacceptable »", "Marie Blanc", "a jugé")]


def test_a_topic_phrase_with_a_name_is_left_alone(reports):
    found = reports("Du côté du MR, Paul Lenoir a salué « un accord équilibré ».")
    assert [(words, speaker) for words, speaker, _ in found] == [("« un accord équilibré »", "Paul Lenoir")]
