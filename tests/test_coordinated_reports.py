"""A reported clause ends before a coordinated report of its own ("confirme que A, et précise que
B": two quotes, GUIDELINES §2.3), but not before a verb coordinated inside the reported words
(nlp/reports.py _before_coordinated_report). Invented sentences."""


def test_clause_ends_before_a_second_speech_verb(analyze):
    text = ("Attentat\n\n"
            "3 mai 2019. – Le parquet confirme que les explosions sont des attentats, et précise qu'elles "
            "ont fait au moins dix morts.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(q.text, q.cue.text) for q in article.quotes] == [
        ("les explosions sont des attentats", "confirme"),
        ("elles ont fait au moins dix morts", "précise")]


def test_speech_verb_inside_the_reported_words_stays_in_them(analyze):
    text = ("Fermeture\n\n"
            "3 mai 2019. – Le ministre a dit que le préfet avait annoncé la fermeture et dénoncé les violences.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert article.quotes[0].text == "le préfet avait annoncé la fermeture et dénoncé les violences"
