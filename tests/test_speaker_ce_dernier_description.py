""""Ce dernier" takes up a person description written after the latest name ("Jean Dupont a
reçu le ministre. Ce dernier a promis …": the minister, unnamed), but not the name's own
apposition or predicate (nlp/demonstratives.py latest_description). Invented sentences."""


def test_ce_dernier_is_the_description_after_the_name(analyze):
    text = ("Réunion\n\n"
            "3 mai 2019. – Jean Dupont a reçu le ministre. Ce dernier a promis « des mesures rapides ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["le ministre"]


def test_the_names_own_apposition_or_predicate_is_the_name(analyze):
    for text in ("Réunion\n\n3 mai 2019. – Le ministre de l'Intérieur, Jean Dupont, a reçu les syndicats. "
                 "Ce dernier a promis « des mesures rapides ».",
                 "Réunion\n\n3 mai 2019. – Jean Dupont, qui a été nommé ministre en mars, a reçu les "
                 "syndicats. Ce dernier a promis « des mesures rapides ».",
                 "Réunion\n\n3 mai 2019. – Paul Martin a rencontré le ministre de la Santé, Jean Dupont. "
                 "Ce dernier a promis « des mesures rapides »."):
        article = analyze(text, published="2019-05-03", lang="fr")
        assert [q.speaker.name for q in article.quotes] == ["Jean Dupont"]
