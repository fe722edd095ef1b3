"""A bare definite document ("selon le rapport") is attributed to the author an earlier mention of
the same document noun named ("Le rapport final du BEA …"), not kept as a document
(GUIDELINES §2.7; nlp/document_authors.py, earlier_document_author). Invented sentences."""


def _speaker(analyze, text, words):
    article = analyze("Un titre\n\n" + text, published="2024-03-05")
    quote = next(q for q in article.quotes if words in q.text)
    return quote.speaker.name if quote.speaker else None


def test_bare_document_takes_the_earlier_author(analyze):
    text = ("Le rapport final de la Fedelec, publié hier, conclut que la panne était due à une erreur humaine.\n\n"
            "Les pilotes n'ont pas reçu de formation adaptée. Selon le rapport, le copilote « n'avait jamais vu "
            "cette alarme ».")
    assert _speaker(analyze, text, "copilote") == "Fedelec"


def test_a_preposition_is_no_document(analyze):
    # "par rapport à" mentions no report: the report named before it keeps its author
    text = ("Le rapport annuel de la Fedelec a été publié hier.\n\nLes ventes ont baissé par rapport à l'an "
            "dernier. Selon le rapport, les usines « ont tourné au ralenti ».")
    assert _speaker(analyze, text, "usines") == "Fedelec"
