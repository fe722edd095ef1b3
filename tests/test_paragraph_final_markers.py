"""A postposed marker ("…, selon l'agence X.") that closes a French paragraph: the line break after the
final mark is no word of the sentence, so the marker still ends it (lang/fr/pack.toml
source_closes_paragraph). Invented sentences."""


def test_marker_closing_a_paragraph_attributes_its_sentence(analyze):
    text = ("Grève dans les ports\n\n"
            "3 mai 2019. – Les dockers de Marville ont cessé le travail lundi. Les navires seraient "
            "bloqués au large depuis deux jours selon l'agence Reuters.\n\n"
            "Le syndicat doit se réunir vendredi.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = [q for q in article.quotes if q.text.startswith("Les navires")]
    assert quote.text == "Les navires seraient bloqués au large depuis deux jours"
    assert quote.type == "indirect" and quote.speaker.name == "Reuters"
    assert [s.name for s in article.sources] == ["Reuters"]


def test_marker_closing_the_last_paragraph_with_a_quoted_fragment(analyze):
    text = ("Réforme contestée\n\n"
            "3 mai 2019. – La réforme des retraites serait « mort-née » d'après le quotidien Le Soir.\n\n"
            "Le vote est prévu en juin.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = [q for q in article.quotes if "mort-née" in q.text]
    assert quote.type == "mixed" and quote.speaker.name == "Le Soir"
    assert quote.text == "La réforme des retraites serait « mort-née »"
