"""A pronoun takes up the subject of the sentence before it even when an adverbial phrase stands
between the auxiliary and the participle ("X a de son côté annoncé"): the parse then makes the
phrase the subject and hangs the real one on the auxiliary. The sentences are invented."""


def test_the_subject_before_an_adverbial_phrase_is_taken_up(reports):
    found = reports("« Nous ne céderons pas », a déclaré Marie Dupont. Le gouvernement a de son côté annoncé "
                    "un plan d'aide. Il affirme que « les fonds seront débloqués ».")
    assert [speaker for words, speaker, _ in found if "fonds" in words] == ["Le gouvernement"]

