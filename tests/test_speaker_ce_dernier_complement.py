""""Ce dernier" does not take up an organisation named only as the complement of a thing ("lors
du sommet de l'Union …": the demonstrative would stand for the summit, which does not speak), but
the latest actor before it; a document's author still speaks for it (nlp/demonstratives.py
_complement_of_thing). Invented sentences."""


def test_ce_dernier_skips_the_body_of_a_summit(analyze):
    text = ("Sommet\n\n"
            "18 octobre 2016. – C'est Paul Durand, second vice-président du pays, qui représente le pays "
            "lors du sommet de l'Union des États du Sud (UES) qui se déroule cette semaine à Lima. "
            "Ce dernier indique vouloir profiter de la circonstance pour rencontrer d'autres pays.")
    article = analyze(text, published="2016-10-18", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Durand"]


def test_celui_ci_after_a_report_is_its_author(analyze):
    text = ("Santé\n\n"
            "3 mai 2019. – Marie Dubois a critiqué le rapport de l'OMS. Celui-ci affirme que la "
            "situation est grave.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Organisation mondiale de la santé"]
