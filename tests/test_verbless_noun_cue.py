"""A speech verb of the quoted-object frame that the tagger read as a noun in apposition after a
comma ("X, avocate du syndicat, juge la procédure « … »"), in a sentence where it found no verb:
it is the sentence's verb, and the object with its quoted predicate is reported (invented
sentences)."""


def test_noun_read_verb_after_apposition_reports_quoted_predicate(reports):
    found = reports("Me Sophie Rochat, avocate du syndicat, juge la procédure « totalement disproportionnée ».")
    assert ("la procédure « totalement disproportionnée »", "Sophie Rochat", "juge") in found


def test_noun_with_determiner_is_no_verb(reports):
    # "le juge": a noun after its determiner, no verb of saying; nothing is reported
    assert reports("Me Sophie Rochat, avocate du syndicat, et le juge de la cour « suprême ».") == []
