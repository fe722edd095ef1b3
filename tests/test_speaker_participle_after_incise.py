"""A participial adjunct after an incise that the parse hangs on the quoted words ("« … », a-t-elle
insisté, rappelant que …"): the quoted words are still a quotation (no title naming the
participle's speaker: quoted_speakers.names_a_speaker), and whoever says them speaks the
participle (speakers._in_words_before). Invented sentences."""


def test_the_quotation_before_the_incise_is_kept_and_speaks_the_participle(reports):
    found = reports("La ministre chilienne, Ana Ruiz, a plaidé pour un accord équilibré. « Le Chili n'est pas "
                    "le problème », a-t-elle insisté devant les journalistes, rappelant que les échanges entre "
                    "les deux pays étaient équilibrés.")
    assert [(words[:8], speaker) for words, speaker, _ in found][-2:] == [("Le Chili", "Ana Ruiz"), ("les écha", "Ana Ruiz")]


def test_a_title_in_marks_still_names_the_speaker(reports):
    found = reports("« La Gazette du Nord » a affirmé mardi que le maire allait démissionner.")
    assert [speaker for _, speaker, _ in found] == ["La Gazette du Nord"]
