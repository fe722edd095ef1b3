"""A body whose name many states give their own ("l'Assemblée nationale", "le Sénat") belongs to
the state the article is about, or to the one a demonym after it names; an article about France
keeps the French one (nlp/shared_bodies.py). Invented sentences."""
from __future__ import annotations

import pytest

TEXTS = {
    "congolese": "À Kinshasa, l'Assemblée nationale a adopté mardi la loi électorale. Le président de "
                 "la RDC a salué le vote, et la RDC attend désormais les élections.",
    "demonym": "L'Assemblée nationale ivoirienne a rejeté le texte, que la France a regretté. La "
               "France espérait un autre vote.",
    "french": "L'Assemblée nationale a adopté la loi sur l'immigration. La Russie a critiqué ce texte, "
              "la Russie le juge hostile, mais la France maintient sa position.",
}


@pytest.fixture(scope="module")
def countries(analyze):
    return {name: {a.name: a.country for a in analyze(text, published="2024-05-02").actors}
            for name, text in TEXTS.items()}


def test_the_state_the_article_is_about(countries):
    assert countries["congolese"]["Assemblée nationale"] == "COD"


def test_a_demonym_after_the_body_names_its_state(countries):
    assert countries["demonym"]["Assemblée nationale"] == "CIV"


def test_an_article_naming_france_keeps_the_french_body(countries):
    assert countries["french"]["Assemblée nationale"] == "FRA"
