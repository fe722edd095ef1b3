"""A medium cited through one of its works its own staff signs ("Dans un éditorial, le directeur
du journal précise"), and not when its staff speaks elsewhere (nlp/employer_works.py). Invented
sentences."""
from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts: str) -> list[list[tuple[str, str]]]:
    articles = [Article(id=f"t{k}", text=t, lang="fr", published="2021-03-01") for k, t in enumerate(texts)]
    return [[(s.name, t[s.start:s.end]) for s in a.sources] for t, a in zip(texts, process(articles))]


def test_the_staff_of_a_medium_speaking_in_its_work_cites_the_medium():
    found = _sources("Dans un éditorial, le directeur du Soir estime que la mairie de Brest a menti.",
                     "Le Soir dénonce la fermeture du port. Dans un éditorial, le directeur du journal "
                     "précise que la mairie de Brest a menti.")
    assert found[0] == [("Le Soir", "Dans un éditorial")]
    assert found[1][-1] == ("Le Soir", "Dans un éditorial")


def test_the_staff_of_a_medium_speaking_elsewhere_speaks_for_himself():
    assert _sources("Le directeur du Soir estime que la mairie de Brest a menti.") == [[]]
