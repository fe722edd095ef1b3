"""A topic phrase with a name before the subject ("Du côté du MR, …") leaves the subject speaking,
and a noun after its article is no verb of a relative clause before a quotation. The sentences
are invented."""


def test_a_topic_phrase_with_a_name_is_left_alone(reports):
    found = reports("Du côté du MR, Paul Lenoir a salué « un accord équilibré ».")
    assert [(words, speaker) for words, speaker, _ in found] == [("« un accord équilibré »", "Paul Lenoir")]


def test_a_noun_after_its_article_is_no_verb(reports):
    assert reports("Le dossier que le juge « Martin » a instruit est clos.") == []
