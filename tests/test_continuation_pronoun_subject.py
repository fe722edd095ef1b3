"""A mixed continuation whose own sentence has a subject pronoun of a speech verb before its first
mark is spoken by whoever the pronoun takes up, not by the earlier speaker it would inherit
(continuations.pronoun_subject_speaks). Invented sentences."""

TEXT = ("Un titre sans rapport\n\n"
        "Le ministre Paul Girard a déclaré que le projet serait abandonné. La maire Claire Dubois était "
        "présente lors de la réunion. Elle a dit espérer que la question du budget n'occulte pas le reste "
        "car l'objectif est de définir « la ville dans laquelle nous vivrons demain tous ensemble ».")


def test_pronoun_subject_of_a_speech_verb_takes_the_floor(analyze):
    article = analyze(TEXT, published="2024-03-05", lang="fr")
    assert {q.speaker.name for q in article.quotes if "nous vivrons" in q.text} == {"Claire Dubois"}
