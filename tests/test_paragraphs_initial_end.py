"""A sentence that ends on a capital alone or an acronym with stops ("sur X.", "the U.S.") still ends
there when a word that only opens sentences follows (nlp/paragraphs.py). Invented sentences."""
from newsgraph.nlp.extensions import register_extensions
from newsgraph.nlp.paragraphs import mark_paragraphs


def _starts(blank_nlp, text, lang="fr"):
    register_extensions()
    return [t.text for t in mark_paragraphs(blank_nlp(lang)(text)) if t.is_sent_start]


def test_a_sentence_ending_on_a_capital_alone_ends_before_an_article_or_a_pronoun(blank_nlp):
    starts = _starts(blank_nlp, "La mairie l'a annoncé sur X. Le chantier durera un an. Elle a écrit sur X. Il répond.")
    assert starts == ["La", "Le", "Elle", "Il"]


def test_an_initial_before_a_name_still_goes_on(blank_nlp):
    # a name may open with an article's form ("Le Goff"): a capital after it keeps the initial
    assert _starts(blank_nlp, "Il a reçu J. Le Goff et A. Durand au port.") == ["Il"]
    assert _starts(blank_nlp, "The mayor met J. Smith in the U.S. The talks went on.", "en") == ["The", "The"]
