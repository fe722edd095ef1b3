"""The press formula "…, a appris X." closes the words X reports, as any incise (speech_verbs.tsv:
apprendre takes the incise frame besides the impersonal "…, a-t-on appris"); "apprendre que" stays
no report. Invented sentences."""


def test_outlet_that_learned_the_news_reports_it(reports):
    assert reports("La compagnie va supprimer 200 emplois dans la région, a appris Le Soir.") == [
        ("La compagnie va supprimer 200 emplois dans la région", "Le Soir", "a appris")]


def test_learning_that_is_no_report(reports):
    assert reports("Il a appris que son père était malade.") == []
