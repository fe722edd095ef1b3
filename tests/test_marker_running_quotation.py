"""A marker that opens a quotation running on past its first sentence ("Pour X, « Phrase un. Phrase
deux ».") reports the whole quotation once, as a direct quote, not its first sentence again as a
mixed one (nlp/marker_reports.py _running_on). Invented sentences."""


def test_marker_before_a_quotation_of_two_sentences_is_one_direct_quote(analyze):
    text = ("Crise\n\n"
            "3 mai 2019. – Le gouvernement menace de suspendre l'autonomie de la région. Pour Paul Marchand, "
            "« c’est la réponse du président régional qui dictera la suite. Il peut revenir à la légalité "
            "ou prolonger l’instabilité ». Le chef du gouvernement est soutenu par le Parlement.")
    article = analyze(text, published="2019-05-03", lang="fr")
    quotes = [(q.type, q.text) for q in article.quotes]
    assert quotes == [("direct", "c’est la réponse du président régional qui dictera la suite. Il peut "
                                 "revenir à la légalité ou prolonger l’instabilité")]
    assert article.quotes[0].speaker.name == "Paul Marchand"


def test_marker_before_a_clause_with_a_fragment_stays_mixed(analyze):
    text = ("Crise\n\n"
            "3 mai 2019. – Selon Paul Marchand, la réforme est « mort-née ». Il a quitté la salle.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(q.type, q.text) for q in article.quotes] == [("mixed", "la réforme est « mort-née »")]
