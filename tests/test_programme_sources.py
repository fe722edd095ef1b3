"""A channel cited through one of its programmes ("au journal de 20 heures de France 2"), and a
medium whose headline verb the tagger reads as a noun before a colon ("Le Monde titre :")
(nlp/sources.py). Invented sentences."""
from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts: str) -> list[list[tuple[str, str]]]:
    articles = [Article(id=f"t{k}", text=t, lang="fr", published="2021-03-01") for k, t in enumerate(texts)]
    return [[(s.name, t[s.start:s.end]) for s in a.sources] for t, a in zip(texts, process(articles))]


def test_a_programme_with_its_time_or_adjective_cites_its_channel():
    found = _sources("Le maire de Brest a annoncé sa démission au journal de 20 heures de France 2, mardi soir.",
                     "Le maire de Brest a parlé au JT de 13h de TF1.",
                     "Le maire de Brest s'est exprimé dans la matinale de France Inter.")
    assert found == [[("France 2", "journal de 20 heures de France 2")], [("TF1", "JT de 13h de TF1")],
                     [("France Inter", "la matinale de France Inter")]]


def test_a_headline_verb_read_as_a_noun_before_a_colon():
    found = _sources("Le Monde titre : « Le port de Brest ferme ses portes ».",
                     "Le quotidien Le Soir titre : « Brest sans port ».")
    assert found == [[("Le Monde", "Le Monde titre")], [("Le Soir", "Le quotidien Le Soir titre")]]
