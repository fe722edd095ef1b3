"""Syntax (has_passive_auxiliary): a stressed pronoun between the auxiliary and the participle ("a
lui-même reconnu que …"), which the parser labels a passive auxiliary, leaves the cue active: its
subject speaks. Real French model; the sentence is invented."""


def test_a_stressed_pronoun_inside_the_compound_tense(reports):
    assert [(w, s) for w, s, _ in reports("Le maire a lui-même reconnu que le budget était serré.")] == \
        [("le budget était serré", "Le maire")]
