"""A verb of thanks names what its object is thanked for after the cause preposition
(attribution_words.tsv `judged_cause`): "a remercié X pour son « … »" is a mixed quote whose words
run from the object to the closing mark (object_frames._object_before_quotation), the object a noun
phrase or a name. Without marks it is no quote (GUIDELINES §2.6). Real French model; the
sentences are invented."""

TEXTS = {
    "noun": "Le maire a remercié les pompiers pour leur « courage exemplaire ».",
    "name": "La présidente a remercié Genève pour son « accueil chaleureux » et appelé les délégués à signer.",
    "coordinated": "Le syndicat a salué le geste et remercié la direction pour son « ouverture ».",
    "unmarked": "Le maire a remercié les pompiers pour leur courage.",
}


def _quotes(analyzed, name):
    article = analyzed(TEXTS, headline=True)[name]
    return [(q.text, q.type, q.cue.text if q.cue else None) for q in article.quotes]


def test_thanks_for_a_quoted_noun_phrase_is_a_mixed_quote(analyzed):
    assert _quotes(analyzed, "noun") == [("les pompiers pour leur « courage exemplaire »", "mixed", "a remercié")]


def test_the_object_may_be_a_name(analyzed):
    assert _quotes(analyzed, "name")[0] == ("Genève pour son « accueil chaleureux »", "mixed", "a remercié")


def test_a_coordinated_participle_thanks_too(analyzed):
    assert _quotes(analyzed, "coordinated") == [("la direction pour son « ouverture »", "mixed", "remercié")]


def test_thanks_without_marks_report_nothing(analyzed):
    assert _quotes(analyzed, "unmarked") == []
