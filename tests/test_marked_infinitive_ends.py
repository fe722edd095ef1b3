"""A reported infinitive whose words open in quotation marks (nlp/marked_infinitives.py): the
parser hangs the words after the closing mark on the cue, but they are still the infinitive's
object and adjuncts (GUIDELINES §2.2, the whole reported content); they stop where another clause
opens (a comma, a finite verb, a coordinator that goes on with no infinitive). Invented sentences;
the French and English models."""


def test_object_after_a_quoted_infinitive(reports):
    assert reports("Le mouvement a accusé l'Espagne de « trahir » le peuple sahraoui.") == [
        ("« trahir » le peuple sahraoui", "Le mouvement", "a accusé")]


def test_adjunct_after_a_quoted_negated_infinitive(reports):
    found = reports("Le ministre a demandé à la communauté internationale de « ne pas s'ingérer » dans les affaires du pays.")
    assert [words for words, _, _ in found] == ["« ne pas s'ingérer » dans les affaires du pays"]


def test_compound_infinitive_in_marks(reports):
    found = reports("Le parti accuse Bruxelles d'avoir « pris parti » dans le conflit de l'Est.")
    assert [words for words, _, _ in found] == ["avoir « pris parti » dans le conflit de l'Est"]


def test_a_coordinated_infinitive_goes_on(reports):
    found = reports("Le président a appelé les alliés à « réagir fermement » et à frapper les camps.")
    assert [words for words, _, _ in found] == ["« réagir fermement » et à frapper les camps"]


def test_a_comma_ends_the_words(reports):
    found = reports("Le ministre a accusé l'Espagne de « trahir » ses alliés, sans donner de détails.")
    assert [words for words, _, _ in found] == ["« trahir » ses alliés"]


def test_a_coordinated_finite_verb_ends_the_words_in_english():
    import newsgraph
    text = 'The senator urged Republicans to "vote their conscience" and said the bill would fail.'
    article = newsgraph.analyze(text, published="2024-05-02", lang="en")
    words = [q.text for q in article.quotes if q.cue is not None and "urged" in text[q.cue.start:q.cue.end]]
    assert words and all("said" not in w for w in words)
