"""An inverted incise closes the words before it when its speaker is followed only by the short
name of that speaker in brackets ("…, a indiqué le Département fédéral des affaires étrangères
(DFAE).") or, its subject an inverted pronoun, by the channel of the words ("…, a-t-il prévenu,
cité par l'agence Belga."): incise_reports._past_acronym and the pronoun as a speaker of a loose
incise. The sentences are invented."""


def test_an_acronym_in_brackets_after_the_speaker(reports):
    found = reports("Paris suit le dossier « avec une vive inquiétude », a indiqué l'Office fédéral de la santé (OFSP).")
    assert [(words, cue) for words, _, cue in found] == \
        [("Paris suit le dossier « avec une vive inquiétude »", "a indiqué")]


def test_lower_case_words_in_brackets_are_no_acronym(reports):
    found = reports("Le pont restera fermé jusqu'en mars, a indiqué la commune (selon un communiqué publié lundi).")
    assert found == [] or all(words != "Le pont restera fermé jusqu'en mars" for words, _, _ in found)


def test_an_inverted_pronoun_then_the_channel(reports):
    found = reports("Le président a reçu les syndicats. Les pertes des éleveurs seront « lourdes », a-t-il prévenu, "
                    "cité par l'agence Belga.")
    assert ("Les pertes des éleveurs seront « lourdes »", "a-t-il prévenu") in [(w, c) for w, _, c in found]


def test_an_inverted_pronoun_then_the_channel_unmarked(reports):
    found = reports("Le président a reçu les syndicats. Les pertes des éleveurs seront lourdes, a-t-il prévenu, "
                    "cité par l'agence Belga.")
    assert ("Les pertes des éleveurs seront lourdes", "a-t-il prévenu") in [(w, c) for w, _, c in found]


def test_only_an_acronym_in_brackets_is_skipped():
    # "(OFSP)" is the speaker's short name, nothing said after it; "(Genève)" is a place, and the
    # words after it are the incise's own
    import spacy
    from newsgraph.nlp.incise_reports import _past_acronym
    nlp = spacy.blank("fr")
    for words, skipped in (("a indiqué l'Office ( OFSP ) .", True), ("a indiqué la commune ( Genève ) lundi .", False)):
        doc = nlp(words)
        bracket = next(t.i for t in doc if t.text == "(")
        assert (_past_acronym(doc, bracket, len(doc)) == bracket + 3) is skipped


def test_acronym_forms():
    from newsgraph.nlp.incise_reports import _acronym_form
    assert [_acronym_form(w) for w in ("DFAE", "G20", "PdC", "Genève", "Lundi")] == [True, True, True, False, False]
