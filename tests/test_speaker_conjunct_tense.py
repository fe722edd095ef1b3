"""A speech verb coordinated with no subject of its own, which the parse hangs inside the reported
clause of the verb before it, goes with the verb above whose tense it shares ("X a affirmé que Y
avait … et a dénoncé …": X denounces), not with the reported clause's subject
(nlp/conjuncts.main_verb_of_conjunct). Invented sentences."""


def test_a_conjunct_in_the_tense_of_the_main_verb_shares_its_subject(analyze):
    text = ("Grève\n\n"
            "3 mai 2019. – Le ministre Paul Duval a affirmé que le gouvernement avait « tout fait » pour "
            "éviter la grève et a dénoncé une « prise d'otages ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Duval", "Paul Duval"]


def test_a_conjunct_in_the_tense_of_the_reported_clause_stays_there(analyze):
    # "avait dénoncé" shares the reported clause's tense: the syndicate denounced, as reported
    text = ("Grève\n\n"
            "3 mai 2019. – Le ministre Paul Duval a affirmé que le syndicat avait refusé de négocier et "
            "avait dénoncé une « manipulation ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert all(q.speaker.name == "Paul Duval" for q in article.quotes if q.cue.text == "a affirmé")
    assert not any(q.speaker.name == "Paul Duval" for q in article.quotes if "dénoncé" in q.cue.text)
