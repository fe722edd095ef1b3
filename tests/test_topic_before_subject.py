"""A topic phrase that opens the sentence ("Côté marocain, …") is parsed as the subject, the real
subject as its apposition: the apposition speaks when the topic cannot (cues._after_topic). The
sentences are invented."""


def test_the_subject_after_a_topic_phrase_speaks(reports):
    found = reports("Côté syndical, la secrétaire générale Marie Blanc a jugé la réforme « inacceptable ».")
    assert found == [("la réforme « inacceptable »", "Marie Blanc", "a jugé")]


def test_a_topic_phrase_with_a_name_is_left_alone(reports):
    found = reports("Du côté du MR, Paul Lenoir a salué « un accord équilibré ».")
    assert [(words, speaker) for words, speaker, _ in found] == [("« un accord équilibré »", "Paul Lenoir")]


def test_a_verb_read_as_a_noun_in_a_relative_clause_before_a_quotation(reports):
    found = reports("La Suisse subit des droits de 31 %, un taux que le gouvernement juge « incompréhensible ».")
    assert found == [("« incompréhensible »", "le gouvernement", "juge")]


def test_a_noun_after_its_article_is_no_verb(reports):
    assert reports("Le dossier que le juge « Martin » a instruit est clos.") == []
