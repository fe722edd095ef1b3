"""Reports (reports._before_agent): a bare past participle's quoted words end before its agent,
which the parse may hang on them ("Qualifié de « … » par X, …"): who speaks is no part of what is
said. Real French model; the sentences are invented."""


def test_a_fronted_participle_words_end_before_the_agent(reports):
    assert reports("Qualifié de « menteur » par la présidente du parti, le député a démissionné.") == \
        [("« menteur »", "la présidente du parti", "Qualifié")]


def test_a_participle_set_off_after_its_noun(reports):
    found = reports("Le député, qualifié de « menteur » par la présidente du parti, a démissionné.")
    assert [(w, s) for w, s, _ in found] == [("« menteur »", "la présidente du parti")]
