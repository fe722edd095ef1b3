"""A speech verb coordinated with no comma right after a relative clause shares the relative's
subject ("X a reçu Y, qui a visité l'usine et a affirmé que …": Y speaks), though the parse hangs
it on the main verb; after a comma the main subject goes on (nlp/cue_readings.py
_shared_relative). Invented sentences."""


def test_verb_coordinated_in_a_relative_takes_its_antecedent(analyze):
    text = ("Usine\n\n"
            "3 mai 2017. – Jean Dupont a reçu la ministre Anne Morel, qui a visité l'usine et a "
            "affirmé que l'emploi serait « protégé ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Anne Morel"]


def test_relative_subject_of_the_main_clause_still_speaks(analyze):
    text = ("Usine\n\n"
            "3 mai 2017. – Le maire de Lyon, qui a rencontré Jean Dupont et a déclaré que la ville "
            "était « prête », quittera ses fonctions en juin.")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le maire de Lyon"]
