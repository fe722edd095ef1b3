"""An opinion marker before a relative pronoun ("X, pour qui la croissance restera « faible »",
"le syndicat, pour lequel …") reports the relative clause as its antecedent's words, as "selon
lequel" does; the ambiguous "pour" only when the clause holds words in marks ("X, pour qui il
travaille" reports nothing) (marker_reports.find_marker_reports). Invented sentences."""


def _quotes(analyze, text):
    article = analyze("Économie\n\n" + text, published="2019-05-03", lang="fr")
    return [(q.speaker.name, q.type, q.text) for q in article.quotes]


def test_pour_qui_with_words_in_marks_is_the_antecedents_opinion(analyze):
    assert _quotes(analyze, "C'est aussi l'avis de l'économiste Marc Lefèvre, pour qui la croissance restera "
                            "« faible » cette année.") == \
        [("Marc Lefèvre", "mixed", "la croissance restera « faible » cette année")]


def test_pour_qui_without_marks_reports_nothing(analyze):
    assert _quotes(analyze, "Il a quitté Marc Lefèvre, pour qui il travaillait depuis dix ans, en mars.") == []
